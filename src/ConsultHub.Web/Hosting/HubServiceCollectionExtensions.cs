using ConsultHub.Domain.Serialization;
using ConsultHub.Grains.Consultations;
using ConsultHub.Grains.Runtime;
using ConsultHub.Storage;
using ConsultHub.Web.Api;
using ConsultHub.Web.Hubs;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultHub.Web.Hosting;

/// <summary>Registers the whole hub: journal, grain runtime and grains, SignalR, API and options.</summary>
public static class HubServiceCollectionExtensions
{
    /// <summary>Adds the hub's services to a web application builder.</summary>
    public static WebApplicationBuilder AddConsultationHub(this WebApplicationBuilder builder)
    {
        var generatedKey = OrganizerKeyBootstrap.Ensure(builder.Configuration, builder.Environment.ContentRootPath);
        var services = builder.Services;
        services.AddSingleton(new OrganizerKeyNotice(generatedKey));
        services.AddEventJournal(builder.Configuration);
        services.AddOptions<ConsultationGrainOptions>()
            .Bind(builder.Configuration.GetSection(ConsultationGrainOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddGrainRuntime(options => ConfigurationBinder.Bind(builder.Configuration.GetSection("Grains"), options));
        services.AddGrain<IConsultationGrain, ConsultationGrain>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<PresenceTracker>();
        services.AddSingleton<IPresenceSource>(sp => sp.GetRequiredService<PresenceTracker>());
        services.AddSingleton<WatcherCounts>();
        services.AddSingleton<IConsultationNotifier, SignalRConsultationNotifier>();
        services.AddSingleton<ConsultationDirectory>();
        services.AddSignalR().AddJsonProtocol(options => DomainJson.Configure(options.PayloadSerializerOptions));
        services.ConfigureHttpJsonOptions(options => DomainJson.Configure(options.SerializerOptions));
        services.AddProblemDetails();
        services.AddOpenApi();
        services.AddHostedService<StartupNotice>();
        return builder;
    }
}
