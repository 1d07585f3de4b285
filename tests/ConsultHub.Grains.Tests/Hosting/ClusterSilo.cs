using ConsultHub.Grains.Consultations;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace ConsultHub.Grains.Tests.Hosting;

/// <summary>One silo of a <see cref="ThreeSiloCluster"/>: its region, its grain factory (calls through it are what its web layer would make) and its watcher.</summary>
public sealed class ClusterSilo(InProcessSiloHandle handle, string region)
{
    public string Region => region;

    public InProcessSiloHandle Handle => handle;

    public SiloAddress Address => handle.SiloAddress;

    public IGrainFactory Grains => handle.ServiceProvider.GetRequiredService<IGrainFactory>();

    /// <summary>This silo's observer of consultations and the connections open on it.</summary>
    public SiloWatcher Watcher { get; } = new("silo-" + region, () => handle.ServiceProvider.GetRequiredService<IGrainFactory>(), handle.SiloAddress.ToParsableString());

    public IConsultationGrain Consultation(string id) => Grains.GetGrain<IConsultationGrain>(id);

    public override string ToString() => $"{region} ({handle.SiloAddress})";
}
