using ConsultHub.Domain.Serialization;
using ConsultHub.Grains.Directory;
using ConsultHub.Grains.Placement;
using ConsultHub.Grains.Presence;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Hosting;
using Orleans.Serialization;

namespace ConsultHub.Grains.Hosting;

/// <summary>What every silo of the hub needs from the Grains project, whatever its storage.</summary>
public static class GrainsSiloBuilderExtensions
{
    /// <summary>
    /// The hub's serialization (<see cref="GrainSerialization"/>), System.Text.Json with the domain's
    /// conventions for grain state, the watch for dead silos (<see cref="SiloDeaths"/>), and, once the silo runs, a wake-up of
    /// every live consultation: each re-arms its deadlines from its journal, so a turn's warning or a
    /// grace period still ends on time after a restart. Orleans' durable reminders would need a
    /// reminder table the embedded SQLite default does not have (the in-memory reminder service
    /// forgets everything with the process), and the deadlines already live in the journal.
    /// </summary>
    public static ISiloBuilder AddConsultHubGrains(this ISiloBuilder silo)
    {
        ArgumentNullException.ThrowIfNull(silo);
        silo.Services.AddSerializer(serializer => serializer.AddConsultHubSerialization());
        silo.AddPlacementDirector<RegionPlacementStrategy, RegionPlacementDirector>();
        silo.Services.AddSingleton<SiloDeaths>();
        // Chosen before the first write: Orleans' default storage serializer is Newtonsoft JSON with
        // type names, and state written with one serializer cannot be read with the other.
        silo.UseSystemTextJsonGrainStorageSerializer();
        silo.Services.Configure<SystemTextJsonGrainStorageSerializerOptions>(options => DomainJson.Configure(options.JsonSerializerOptions));
        silo.AddStartupTask((services, _) => services.GetRequiredService<IGrainFactory>().GetGrain<IDirectoryGrain>(IDirectoryGrain.Key).WakeLiveAsync());
        return silo;
    }
}
