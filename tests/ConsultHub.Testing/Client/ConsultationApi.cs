using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ConsultHub.Domain.Model;
using ConsultHub.Domain.Serialization;

namespace ConsultHub.Testing.Client;

/// <summary>The HTTP API v1 over an <see cref="HttpClient"/> whose base address is the server.</summary>
public sealed class ConsultationApi(HttpClient http)
{
    /// <summary>Where the API lives.</summary>
    public const string ApiPath = "/api/consultations";

    /// <summary>The client this API sends with.</summary>
    public HttpClient Http { get; } = http;

    /// <summary>Creates a consultation with the organizer key; throws unless 201.</summary>
    public async Task<ConsultationKeys> CreateAsync(string organizerKey, ConsultationSettings settings, CancellationToken cancellationToken = default)
    {
        using var response = await SendAsync(HttpMethod.Post, ApiPath, Json(settings), organizerKey, cancellationToken);
        return await ReadAsync<ConsultationKeys>(response, cancellationToken);
    }

    /// <summary>Joins as a participant; throws unless 201.</summary>
    public async Task<ParticipantToken> JoinAsync(string id, string joinCode, string displayName, StakeholderGroup group, string? country = null, CancellationToken cancellationToken = default)
    {
        var body = Json(new { joinCode, displayName, stakeholderGroup = group, country });
        using var response = await SendAsync(HttpMethod.Post, $"{ApiPath}/{id}/participants", body, null, cancellationToken);
        return await ReadAsync<ParticipantToken>(response, cancellationToken);
    }

    /// <summary>The caller's view of a consultation (the observer view without a credential); throws unless 200.</summary>
    public async Task<JsonElement> GetViewAsync(string id, string? credential = null, CancellationToken cancellationToken = default)
    {
        using var response = await SendAsync(HttpMethod.Get, $"{ApiPath}/{id}", null, credential, cancellationToken);
        return await ReadAsync<JsonElement>(response, cancellationToken);
    }

    /// <summary>Sends any request, with the credential as a bearer token; the caller disposes the response.</summary>
    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, HttpContent? content, string? credential, CancellationToken cancellationToken = default)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        if (credential is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", credential);
        }
        return Http.SendAsync(request, cancellationToken);
    }

    /// <summary>A JSON body written with the hub's conventions.</summary>
    public static HttpContent Json<T>(T value) => JsonContent.Create(value, options: DomainJson.Options);

    /// <summary>A body sent exactly as given.</summary>
    public static HttpContent Raw(string text, string mediaType = "application/json") => new StringContent(text, Encoding.UTF8, mediaType);

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            var detail = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new HttpRequestException($"{(int)response.StatusCode} {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {detail}", null, response.StatusCode);
        }
        return await response.Content.ReadFromJsonAsync<T>(DomainJson.Options, cancellationToken)
            ?? throw new HttpRequestException($"Empty body from {response.RequestMessage?.RequestUri}.");
    }
}
