using ConsultHub.Web.Api;
using ConsultHub.Web.Cluster;
using ConsultHub.Web.Diagnostics;
using ConsultHub.Web.Hubs;
using ConsultHub.Web.Security;
using ConsultHub.Web.Summaries;
using ConsultHub.Web.Telemetry;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ConsultHub.Web.Hosting;

/// <summary>Maps the hub's endpoints and the web client.</summary>
public static class HubEndpointRouteBuilderExtensions
{
    /// <summary>Maps the API, the SignalR hub, the OpenAPI document and the built web client.</summary>
    public static WebApplication MapConsultationHub(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseSecurityHeaders();
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(WebClientFiles));
        if (WebClientFiles.Locate(app.Environment.ContentRootPath, app.Configuration["Hub:WebRoot"]) is not { } root)
        {
            WebClientFiles.LogMissing(log, app.Environment.ContentRootPath);
        }
        else
        {
            WebClientFiles.LogServing(log, root);
            var files = new PhysicalFileProvider(root);
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        }
        app.UseWebSockets();
        app.MapGatedDashboard();
        app.MapClusterEndpoints();
        app.MapOpenApi();
        app.MapConsultationApi();
        app.MapHubDiagnostics();
        app.MapHubMetrics();
        app.MapSummaryApi();
        app.MapHub<ConsultationHub>("/hubs/consultation");
        app.MapWebClientConfig(app.Configuration);
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains(HubServiceCollectionExtensions.ReadyTag) });
        return app;
    }
}
