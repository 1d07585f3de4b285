using System.Net.Http.Headers;
using ConsultHub.Testing.Client;

namespace ConsultHub.Web.Tests.Summaries;

/// <summary>Fetches summaries the way a browser link or a script does.</summary>
public static class SummaryDownloads
{
    public static Task<HttpResponseMessage> SummaryAsync(this ConsultationApi api, string id, string? credential, string? format = null) =>
        api.SendAsync(HttpMethod.Get, $"{ConsultationApi.ApiPath}/{id}/summary{(format is null ? "" : $"?format={Uri.EscapeDataString(format)}")}", null, credential);

    /// <summary>As a link: the credential in the query string, no header.</summary>
    public static Task<HttpResponseMessage> SummaryLinkAsync(this ConsultationApi api, string id, string credential, string format) =>
        api.Http.GetAsync($"{ConsultationApi.ApiPath}/{id}/summary?format={format}&access_token={Uri.EscapeDataString(credential)}");

    public static Task<HttpResponseMessage> RollupAsync(this ConsultationApi api, string query, string? credential) =>
        api.SendAsync(HttpMethod.Get, $"/api/summaries?{query}", null, credential);

    public static string? FileName(this HttpResponseMessage response) =>
        response.Content.Headers.ContentDisposition?.FileName?.Trim('"');

    public static string? DispositionType(this HttpResponseMessage response) => response.Content.Headers.ContentDisposition?.DispositionType;

    public static MediaTypeHeaderValue? ContentType(this HttpResponseMessage response) => response.Content.Headers.ContentType;

    public static string SchemaPath(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Hub.sln")))
            {
                return Path.Combine(dir.FullName, "docs", name);
            }
        }
        throw new FileNotFoundException($"No Hub.sln above {AppContext.BaseDirectory}.");
    }
}
