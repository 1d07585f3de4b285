using Microsoft.AspNetCore.Http;

namespace ConsultHub.Web.Security;

/// <summary>The key an operator's request carries for the organizer-only endpoints (<c>/metrics</c>, <c>/cluster</c>).</summary>
public static class BearerToken
{
    /// <summary>The <c>Authorization: Bearer</c> value, or null. Only the header: a key in a query string would end up in access logs.</summary>
    public static string? Of(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && header["Bearer ".Length..].Trim() is { Length: > 0 } key ? key : null;
    }
}
