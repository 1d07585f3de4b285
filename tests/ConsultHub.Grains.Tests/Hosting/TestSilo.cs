using ConsultHub.Grains.Hosting;
using ConsultHub.Grains.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.Hosting;
using Orleans.Persistence.FileStorage;
using Orleans.Serialization;
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
        var directory = Path.Combine(Path.GetTempPath(), "consulthub-grain-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        var silo = new TestSilo(directory, configure, fakeTime);
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
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp file is harmless; failing the test over it would not be.
        }
    }

    private async Task DeployAsync()
    {
        var builder = new InProcessTestClusterBuilder(1);
        // Grain storage keys include the service id: a restarted silo must be the same service.
        (builder.Options.ServiceId, builder.Options.ClusterId) = (_serviceId, _serviceId);
        builder.Options.ConfigureFileLogging = false;
        builder.Options.InitializeClientOnDeploy = false;
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddConsultHubGrains();
            silo.AddFileGrainStorage(GrainStorage.Name, options => options.RootDirectory = Path.Combine(Directory, "grains"));
            if (_fakeTime)
            {
                silo.Services.AddKeyedSingleton<TimeProvider>(TimeProviderNames.Grains, Time);
            }
            _configure(silo.Services, Directory);
        });
        _cluster = builder.Build();
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
