using System.Diagnostics.Metrics;
using ConsultHub.Storage;
using ConsultHub.Web.Api;
using ConsultHub.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace ConsultHub.Web.Telemetry;

/// <summary>
/// Figures an operator can watch: the hub's own meter (<see cref="HubMetrics"/>) beside ASP.NET
/// Core's, SignalR's and Orleans' meters, through OpenTelemetry; exported over OTLP when
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, and scraped as Prometheus text at <c>/metrics</c>
/// with the organizer key.
/// </summary>
public static class HubTelemetry
{
    /// <summary>The Prometheus scrape path.</summary>
    public const string ScrapePath = "/metrics";

    /// <summary>The environment variable (or configuration key) that turns the OTLP exporter on.</summary>
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>The meters exported; a name with no meter in the process (Orleans before it runs here) costs nothing.</summary>
    public static readonly IReadOnlyList<string> Meters =
    [
        HubMetrics.MeterName,
        "Microsoft.AspNetCore.Hosting",
        "Microsoft.AspNetCore.Server.Kestrel",
        "Microsoft.AspNetCore.Http.Connections",
        "Microsoft.AspNetCore.SignalR",
        "Microsoft.Orleans",
    ];

    private const string InnerJournalKey = "consulthub-metered-inner";

    /// <summary>
    /// Registers the meters, OpenTelemetry and the hub filter that counts commands, and meters the
    /// journal registered so far. Call after the journal (and its diagnostics wrapper) and before
    /// the hub's other filters, so the command count sees their refusals.
    /// </summary>
    public static IServiceCollection AddHubTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSingleton<SiloName>();
        services.AddSingleton<HubMetrics>();
        services.AddSingleton<CommandMetricsFilter>();
        services.Configure<HubOptions>(hub => hub.AddFilter<CommandMetricsFilter>());
        MeterJournal(services);
        var otlp = !string.IsNullOrWhiteSpace(configuration[OtlpEndpointKey]);
        // Meters made by another host's factory in the same process (tests, side-by-side hosts)
        // share these names; each host reports its own figures only.
        services.ConfigureOpenTelemetryMeterProvider((provider, metrics) =>
        {
            var own = provider.GetRequiredService<IMeterFactory>();
            metrics.AddView(instrument => instrument.Meter.Scope is IMeterFactory scope && !ReferenceEquals(scope, own) ? MetricStreamConfiguration.Drop : null);
        });
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("consulthub"))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter([.. Meters]);
                metrics.AddAspNetCoreInstrumentation();
                // Scrapes need the organizer key, so they are few: each gets fresh figures.
                metrics.AddPrometheusExporter(options => options.ScrapeResponseCacheDurationMilliseconds = 0);
                if (otlp)
                {
                    // Endpoint, protocol, headers and interval come from the standard OTEL_* variables.
                    metrics.AddOtlpExporter();
                }
            });
        return services;
    }

    /// <summary>Maps <c>GET /metrics</c> (Prometheus text) for the organizer key, and starts the hub's meter.</summary>
    public static WebApplication MapHubMetrics(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        _ = app.Services.GetRequiredService<HubMetrics>();
        var isOrganizer = OrganizerKey.CheckFor(app.Services);
        app.MapPrometheusScrapingEndpoint(ScrapePath, meterProvider: null, configureBranchedPipeline: branch => branch.Use(next => context =>
            isOrganizer(BearerToken.Of(context.Request))
                ? next(context)
                : Problems.Of("forbidden", "The metrics need the organizer key: Authorization: Bearer <key>.").ExecuteAsync(context)), optionsName: null);
        return app;
    }


    /// <summary>Puts <see cref="MeteredEventJournal"/> in front of the registered journal, which stays a (keyed) service of its own.</summary>
    private static void MeterJournal(IServiceCollection services)
    {
        var registered = services.Last(d => d.ServiceType == typeof(IEventJournal) && !d.IsKeyedService);
        services.Remove(registered);
        services.Add(registered switch
        {
            { ImplementationInstance: { } instance } => new ServiceDescriptor(typeof(IEventJournal), InnerJournalKey, instance),
            { ImplementationFactory: { } factory } => new ServiceDescriptor(typeof(IEventJournal), InnerJournalKey, (provider, _) => factory(provider), registered.Lifetime),
            _ => new ServiceDescriptor(typeof(IEventJournal), InnerJournalKey, registered.ImplementationType!, registered.Lifetime),
        });
        services.AddSingleton<IEventJournal>(provider =>
            new MeteredEventJournal(provider.GetRequiredKeyedService<IEventJournal>(InnerJournalKey), provider.GetRequiredService<HubMetrics>()));
    }
}
