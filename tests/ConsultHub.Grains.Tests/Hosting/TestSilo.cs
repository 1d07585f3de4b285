using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;

namespace ConsultHub.Grains.Tests.Hosting;

/// <summary>
/// One Orleans silo in process (Microsoft.Orleans.TestingHost's <see cref="InProcessTestCluster"/>)
/// with the hub's serialization, Orleans' file grain storage in a folder of its own and a
/// <see cref="FakeTimeProvider"/> as the grains' clock (grain timers fire when it is advanced; the
/// silo's own housekeeping keeps real time). <see cref="RestartAsync"/> stops the silo and starts a
/// new one on the same folder, as a process restart would; the clock carries over.
/// </summary>
public sealed class TestSilo : IAsyncDisposable
{
    private readonly Action<IServiceCollection, string> _configure;
    private readonly bool _fakeTime;
    private readonly string _serviceId = "consulthub-" + Guid.NewGuid().ToString("N")[..8];
    private InProcessTestCluster? _cluster;

    private TestSilo(string directory, Action<IServiceCollection, string> configure, bool fakeTime) =>
        (Directory, _configure, _fakeTime) = (directory, configure, fakeTime);

    /// <summary>The grains' clock (unless started with real time), starting on a fixed Monday morning.</summary>
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 3, 10, 8, 0, 0, TimeSpan.Zero));

    /// <summary>The folder for everything that outlives a restart (journal file, grain state).</summary>
    public string Directory { get; }

    /// <summary>The running silo's services.</summary>
    public IServiceProvider Services => Cluster.Silos[0].ServiceProvider;

    /// <summary>The running silo's grain factory: calls from it are local calls, as the web layer's are.</summary>
    public IGrainFactory Grains => Services.GetRequiredService<IGrainFactory>();

    /// <summary>The running cluster.</summary>
    public InProcessTestCluster Cluster => _cluster ?? throw new InvalidOperationException("The silo is not running.");

    /// <summary>
    /// Starts a silo whose extra services <paramref name="configure"/> registers (given the folder);
    /// its grains run on <see cref="Time"/> unless <paramref name="fakeTime"/> is false.
    /// </summary>
    public static async Task<TestSilo> StartAsync(Action<IServiceCollection, string> configure, bool fakeTime = true)
    {
        var silo = new TestSilo(HubTestClusters.NewDirectory(), configure, fakeTime);
        await silo.DeployAsync();
        return silo;
    }

    /// <summary>Stops the silo (deactivating every grain) and starts a new one on the same folder.</summary>
    public async Task RestartAsync()
    {
        await StopAsync();
        await DeployAsync();
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        HubTestClusters.DeleteDirectory(Directory);
    }

    private async Task DeployAsync()
    {
        // Grain storage keys include the service id: a restarted silo must be the same service.
        _cluster = HubTestClusters.Builder(1, _serviceId, Directory, _fakeTime ? Time : null, (_, silo) => _configure(silo.Services, Directory)).Build();
        await _cluster.DeployAsync();
    }

    private async Task StopAsync()
    {
        if (_cluster is { } cluster)
        {
            _cluster = null;
            await cluster.StopAllSilosAsync();
            await cluster.DisposeAsync();
        }
    }
}
