using Microsoft.AspNetCore.Builder;

namespace ConsultHub.Web.Security;

/// <summary>
/// Response headers for every request. The Content-Security-Policy forbids inline and foreign
/// script (user text can never become code even if a rendering bug slipped through); inline style
/// stays allowed because charting and component libraries set styles from script.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>The policy, written once.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "connect-src 'self' ws: wss:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    /// <summary>Adds the headers.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.XFrameOptions = "DENY";
        await next();
    });
}
