using ConsultHub.Domain.Serialization;
using ConsultHub.Grains.Consultations;
using ConsultHub.Storage;
using ConsultHub.Web.Api;
using ConsultHub.Web.Cluster;
using ConsultHub.Web.Diagnostics;
using ConsultHub.Web.Health;
using ConsultHub.Web.Hubs;
using ConsultHub.Web.Summaries;
using ConsultHub.Web.Telemetry;
using ConsultHub.Web.Wall;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Hosting;

namespace ConsultHub.Web.Hosting;

/// <summary>Registers the whole hub: journal, the Orleans silo and its grains, SignalR, API and options.</summary>
public static class HubServiceCollectionExtensions
{
    /// <summary>Health checks with this tag decide readiness (<c>/readyz</c>).</summary>
    public const string ReadyTag = "ready";

    /// <summary>Adds the hub's services to a web application builder.</summary>
    public static WebApplicationBuilder AddConsultationHub(this WebApplicationBuilder builder)
    {
        // Before any key is generated: a cluster refuses keys that would differ from silo to silo.
        ClusterSettings.Read(builder.Configuration);
        var generatedKey = OrganizerKeyBootstrap.Ensure(builder.Configuration, builder.Environment.ContentRootPath);
        var services = builder.Services;
        services.AddSingleton(new OrganizerKeyNotice(generatedKey));
        services.AddEventJournal(builder.Configuration);
        services.AddHubDiagnostics(builder.Configuration);
        services.AddHubTelemetry(builder.Configuration);
        services.AddOptions<ConsultationGrainOptions>()
            .Bind(builder.Configuration.GetSection(ConsultationGrainOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.UseOrleans(silo => silo.AddHubSilo(builder.Configuration));
        services.AddSingleton<PresenceTracker>();
        services.AddSingleton<WatcherRegistry>();
        services.AddSingleton<SignalRConsultationNotifier>();
        services.AddSingleton<ConsultationSubscriptions>();
        services.AddHostedService(sp => sp.GetRequiredService<ConsultationSubscriptions>());
        services.AddSingleton<HubLifetimeManager<ConsultationHub>, ConnectionTrackingLifetimeManager>();
        services.AddOptions<HubLimitsOptions>()
            .Bind(builder.Configuration.GetSection(HubLimitsOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<FanoutOptions>()
            .Bind(builder.Configuration.GetSection(FanoutOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton(sp => new CommandBatcher(sp.GetRequiredService<IGrainFactory>()));
        services.AddSingleton<InvocationLimitFilter>();
        builder.Logging.AddFilter(InvocationLimitFilter.DispatcherCategory, LogLevel.Critical);
        services.AddOptions<HubOptions>().Configure<IOptions<HubLimitsOptions>>((hub, limits) =>
        {
            hub.MaximumReceiveMessageSize = limits.Value.MaxMessageBytes;
            hub.ClientTimeoutInterval = TimeSpan.FromSeconds(limits.Value.ClientTimeoutSeconds);
            hub.KeepAliveInterval = TimeSpan.FromSeconds(Math.Min(15, limits.Value.ClientTimeoutSeconds / 2.0));
            hub.AddFilter<InvocationLimitFilter>();
        });
        services.AddHealthChecks().AddCheck<JournalHealthCheck>("journal", tags: [ReadyTag]);
        services.AddSingleton<ConsultationDirectory>();
        services.AddSummaries();
        services.AddDelegatesWall(builder.Configuration);
        services.AddSignalR()
            .AddJsonProtocol(options => DomainJson.Configure(options.PayloadSerializerOptions))
            .AddMessagePackProtocol(options => options.SerializerOptions = HubMessagePackResolver.Options);
        services.RemoveAll<IHubProtocol>();
        services.AddSingleton<IHubProtocol>(sp => new CodedErrorsHubProtocol(
            new JsonHubProtocol(sp.GetRequiredService<IOptions<JsonHubProtocolOptions>>())));
        services.AddSingleton<IHubProtocol>(sp => new CodedErrorsHubProtocol(
            new MessagePackHubProtocol(sp.GetRequiredService<IOptions<MessagePackHubProtocolOptions>>())));
        services.ConfigureHttpJsonOptions(options => DomainJson.Configure(options.SerializerOptions));
        services.AddProblemDetails(Problems.AddCode);
        services.AddExceptionHandler<CodedExceptionHandler>();
        services.AddOpenApi();
        services.AddHostedService<StartupNotice>();
        return builder;
    }
}
