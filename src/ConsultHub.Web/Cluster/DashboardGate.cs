using System.Text;
using ConsultHub.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Orleans.Dashboard;

namespace ConsultHub.Web.Cluster;

/// <summary>
/// Orleans' dashboard (<c>/dashboard</c>) behind the organizer key, given as the password of HTTP
/// Basic authentication (any user name): the dashboard is a page whose own requests a browser
/// repeats the credentials on, which a custom header could not do.
/// </summary>
public static class DashboardGate
{
    /// <summary>Where the dashboard is served.</summary>
    public const string Path = "/dashboard";

    /// <summary>Maps the dashboard and refuses every request to it without the organizer key.</summary>
    public static WebApplication MapGatedDashboard(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var isOrganizer = OrganizerKey.CheckFor(app.Services);
        app.UseWhen(context => context.Request.Path.StartsWithSegments(Path), branch => branch.Use(async (context, next) =>
        {
            if (isOrganizer(Password(context.Request)))
            {
                await next(context);
                return;
            }
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            context.Response.Headers.WWWAuthenticate = "Basic realm=\"Orleans dashboard (password: the organizer key)\", charset=\"UTF-8\"";
        }));
        app.MapOrleansDashboard(routePrefix: Path);
        return app;
    }

    private static string? Password(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        try
        {
            var pair = Encoding.UTF8.GetString(Convert.FromBase64String(header["Basic ".Length..].Trim()));
            var colon = pair.IndexOf(':', StringComparison.Ordinal);
            return colon < 0 ? null : pair[(colon + 1)..];
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
