using ConsultHub.Grains.Hosting;
using ConsultHub.Grains.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.Hosting;
using Orleans.Persistence.FileStorage;
using Orleans.TestingHost;

namespace ConsultHub.Grains.Tests.Hosting;

/// <summary>
/// What every test cluster of the hub shares, however many silos it has: the hub's grains and
/// serialization (<see cref="GrainsSiloBuilderExtensions.AddConsultHubGrains"/>), Orleans' file grain
/// storage in one folder all silos see, and optionally a fake clock for the grains.
/// </summary>
public static class HubTestClusters
{
    /// <summary>
    /// A builder for <paramref name="silos"/> silos of the service <paramref name="serviceId"/> (grain
    /// storage keys include it, so a restarted cluster must keep it); <paramref name="configure"/>
    /// adds each silo's own services, told which silo it configures.
    /// </summary>
    public static InProcessTestClusterBuilder Builder(
        short silos, string serviceId, string directory, FakeTimeProvider? time, Action<InProcessTestSiloSpecificOptions, ISiloBuilder> configure)
    {
        var builder = new InProcessTestClusterBuilder(silos);
        (builder.Options.ServiceId, builder.Options.ClusterId) = (serviceId, serviceId);
        builder.Options.ConfigureFileLogging = false;
        builder.Options.InitializeClientOnDeploy = false;
        builder.ConfigureSilo((options, silo) =>
        {
            silo.AddConsultHubGrains();
            silo.AddFileGrainStorage(GrainStorage.Name, storage => storage.RootDirectory = Path.Combine(directory, "grains"));
            if (time is not null)
            {
                silo.Services.AddKeyedSingleton<TimeProvider>(TimeProviderNames.Grains, time);
            }
            configure(options, silo);
        });
        return builder;
    }

    /// <summary>A new empty folder under the temporary directory for one cluster's files.</summary>
    public static string NewDirectory()
    {
        var directory = Path.Combine(Path.GetTempPath(), "consulthub-grain-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        return directory;
    }

    /// <summary>Deletes a cluster's folder; a leftover temp file is harmless, failing a test over it would not be.</summary>
    public static void DeleteDirectory(string directory)
    {
        try
        {
            System.IO.Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // See the summary.
        }
    }
}
