using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;

namespace ConsultHub.Web.Hosting;

/// <summary>
/// <c>GET /client-config.json</c>: <c>{"hubUrls": [...]}</c>, the <c>Hub:PeerUrls</c> the page may
/// reconnect to when the address it came from stops answering (web-client/src/connection/hubUrls.ts).
/// </summary>
public static class WebClientConfigEndpoint
{
    /// <summary>The path the web client asks.</summary>
    public const string Path = "/client-config.json";

    /// <summary>Maps the endpoint; a bad <c>Hub:PeerUrls</c> fails here, at start, naming the key.</summary>
    public static IEndpointRouteBuilder MapWebClientConfig(this IEndpointRouteBuilder app, IConfiguration configuration)
    {
        var options = configuration.GetSection(WebClientOptions.Section).Get<WebClientOptions>() ?? new WebClientOptions();
        var body = new { hubUrls = options.PeerOrigins() };
        app.MapGet(Path, (HttpContext http) =>
        {
            // A page loaded after the list changed must see the new one.
            http.Response.Headers.CacheControl = "no-store";
            return Results.Json(body);
        }).ExcludeFromDescription();
        return app;
    }
}
