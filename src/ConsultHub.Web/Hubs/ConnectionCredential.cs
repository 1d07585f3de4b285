using Microsoft.AspNetCore.Http;

namespace ConsultHub.Web.Hubs;

/// <summary>
/// The key or token of a request: <c>Authorization: Bearer …</c>, or the <c>access_token</c> query
/// parameter that browsers must use for WebSockets (which cannot carry headers).
/// </summary>
public static class ConnectionCredential
{
    /// <summary>The credential, or null.</summary>
    public static string? Of(HttpContext? http)
    {
        if (http is null)
        {
            return null;
        }
        var header = http.Request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return Clean(header["Bearer ".Length..]);
        }
        return Clean(http.Request.Query["access_token"].ToString());
    }

    private static string? Clean(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
