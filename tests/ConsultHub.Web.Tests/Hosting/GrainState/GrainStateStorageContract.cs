using System.Collections.Immutable;
using ConsultHub.Domain.Model;
using ConsultHub.Grains.Wall;
using ConsultHub.Storage;
using ConsultHub.Web.Hosting;
using ConsultHub.Testing.Fixtures;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ConsultHub.Web.Tests.Hosting.GrainState;

/// <summary>
/// What the hub needs from the Orleans grain-state provider it configures (<see cref="HubSiloBuilderExtensions.AddHubSilo"/>),
/// run against each provider: state written before a stop is read by the next silo, as written.
/// The wall grain stands in for every grain with <see cref="IPersistentState{TState}"/>.
/// </summary>
public abstract class GrainStateStorageContract : IAsyncLifetime
{
    private IHost? _host;

    /// <summary>A folder for the silo's files, removed afterwards.</summary>
    protected string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "consulthub-grain-state-" + Guid.NewGuid().ToString("n"));

    /// <summary>The <c>Storage:*</c> settings that select the provider under test.</summary>
    protected abstract IEnumerable<KeyValuePair<string, string?>> StorageSettings { get; }

    private IWallGrain Wall => _host!.Services.GetRequiredService<IGrainFactory>().GetGrain<IWallGrain>(IWallGrain.Key);

    public virtual async Task InitializeAsync()
    {
        Directory.CreateDirectory(DataDirectory);
        _host = await StartAsync();
    }

    public virtual async Task DisposeAsync()
    {
        await StopAsync();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    [Fact]
    public async Task WrittenState_IsReadByTheNextSilo_AsWritten()
    {
        var entry = Entry("c-1", 3);
        await Wall.ReportAsync(entry);
        await WrittenAsync();

        await RestartAsync();

        var restored = Assert.Single((await Wall.GetSnapshotAsync()).Consultations);
        Assert.Equal(Json(entry), Json(restored));
    }

    [Fact]
    public async Task LaterWrites_ReplaceEarlierOnes()
    {
        await Wall.ReportAsync(Entry("c-1", 3));
        await Wall.ReportAsync(Entry("c-2", 5));
        await WrittenAsync();
        await Wall.ReportAsync(Entry("c-1", 4) with { Status = ConsultationStatus.Closed });
        await Wall.ReportAsync(Entry("c-2", 6));
        await WrittenAsync();

        await RestartAsync();

        var restored = Assert.Single((await Wall.GetSnapshotAsync()).Consultations);
        Assert.Equal(("c-2", 6L), (restored.ConsultationId, restored.Version));
    }

    /// <summary>Puts a live consultation on the wall and waits until the wall has written it.</summary>
    protected async Task ReportAndWaitAsync(string id, long version)
    {
        await Wall.ReportAsync(Entry(id, version));
        await WrittenAsync();
    }

    private static WallEntry Entry(string id, long version)
    {
        var at = new DateTimeOffset(2025, 3, 10, 9, 30, 0, TimeSpan.Zero);
        return new WallEntry(id, $"Consultation {id}", "Africa", "Africa/Nairobi", ConsultationStatus.Live, version, at, at.AddMinutes(-30), 2,
            ImmutableSortedDictionary<string, int>.Empty.Add("academia", 2), 1, new WallSpeaker("u-1", "Amina", StakeholderGroup.Academia, at, at.AddMinutes(3), false),
            [new WallPoint("p-1", PointKind.Recommendation, "Open data by default", "data", 4)], ImmutableSortedDictionary<string, long>.Empty.Add("academia", 90_000), 1);
    }

    private static string Json(WallEntry entry) => System.Text.Json.JsonSerializer.Serialize(entry, Domain.Serialization.DomainJson.Options);

    /// <summary>The wall writes when it pushes, at most every push interval; two intervals later it has.</summary>
    private async Task WrittenAsync()
    {
        await Task.Delay(new WallOptions().PushInterval * 3);
        await Wall.GetSnapshotAsync();
    }

    private async Task RestartAsync()
    {
        await StopAsync();
        _host = await StartAsync();
    }

    private async Task<IHost> StartAsync()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = DataDirectory });
        builder.Configuration.AddInMemoryCollection([.. StorageSettings, new($"{SiloOptions.Section}:{nameof(SiloOptions.SiloPort)}", HostProcess.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddEventJournal(builder.Configuration).AddWall();
        builder.UseOrleans(silo => silo.AddHubSilo(builder.Configuration));
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    private async Task StopAsync()
    {
        if (_host is { } host)
        {
            _host = null;
            await host.StopAsync();
            host.Dispose();
        }
    }
}
