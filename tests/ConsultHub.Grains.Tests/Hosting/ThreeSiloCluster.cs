using ConsultHub.Domain.Model;
using ConsultHub.Grains.Consultations;
using ConsultHub.Grains.Placement;
using ConsultHub.Grains.Tests.Consultations;
using ConsultHub.Grains.Wall;
using ConsultHub.Storage;
using ConsultHub.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime.MembershipService.SiloMetadata;
using Orleans.TestingHost;

namespace ConsultHub.Grains.Tests.Hosting;

/// <summary>
/// Three Orleans silos in one test cluster, configured as the hub configures its silos
/// (<see cref="HubTestClusters"/>), tagged with the regions asia, africa and americas through silo
/// metadata, each with its own SQLite journal instance on one shared file (one store every silo
/// sees, as Azure Table is in production), a <see cref="SiloWatcher"/> renewing its
/// subscriptions, and the wall (consultations report to it; silos subscribe to it in the tests). Real time throughout, with short subscription expiry and presence settle, so
/// failures show within seconds. One cluster per test class (<see cref="IClassFixture{TFixture}"/>).
/// </summary>
public class ThreeSiloCluster : IAsyncLifetime
{
    public const string OrganizerKey = "organizer-key-for-cluster-tests-0123456789";

    public static readonly IReadOnlyList<string> Regions = ["asia", "africa", "americas"];

    /// <summary>How long a silo's subscription lasts unrenewed; the grain checks as often.</summary>
    public static readonly TimeSpan SubscriptionExpiry = TimeSpan.FromSeconds(2);

    private readonly TimeSpan _consultationExpiry;

    public ThreeSiloCluster()
        : this(SubscriptionExpiry)
    {
    }

    /// <summary>A cluster whose consultations keep an unrenewed subscription for <paramref name="consultationExpiry"/>.</summary>
    protected ThreeSiloCluster(TimeSpan consultationExpiry) => _consultationExpiry = consultationExpiry;

    /// <summary>How often each silo renews its subscriptions (the hub: 2 s against 30 s).</summary>
    public static readonly TimeSpan Renewal = TimeSpan.FromMilliseconds(400);

    /// <summary>How often consultations report to the wall and the wall pushes.</summary>
    public static readonly TimeSpan WallInterval = TimeSpan.FromMilliseconds(50);

    /// <summary>How long a new activation waits for silos' presence reports.</summary>
    public static readonly TimeSpan PresenceSettle = TimeSpan.FromSeconds(2);

    private readonly string _serviceId = "consulthub-" + Guid.NewGuid().ToString("N")[..8];
    private readonly Dictionary<string, string> _regionOf = new(StringComparer.Ordinal);
    private readonly List<ClusterSilo> _silos = [];
    private InProcessTestCluster _cluster = null!;
    private SqliteEventJournal _reader = null!;

    public string Directory { get; } = HubTestClusters.NewDirectory();

    public string JournalPath => Path.Combine(Directory, "journal.db");

    /// <summary>The three silos in region order, stopped ones included.</summary>
    public IReadOnlyList<ClusterSilo> Silos => _silos;

    public InProcessTestCluster Cluster => _cluster;

    public ClusterSilo InRegion(string region) => _silos.Single(s => s.Region == region);

    public async Task InitializeAsync()
    {
        _cluster = HubTestClusters.Builder((short)Regions.Count, _serviceId, Directory, time: null, Configure).Build();
        await _cluster.DeployAsync();
        foreach (var handle in _cluster.Silos)
        {
            _silos.Add(new ClusterSilo(handle, RegionOf(handle.Name)));
        }
        _silos.Sort((a, b) => IndexOf(a.Region).CompareTo(IndexOf(b.Region)));
        await WaitForRegionsAsync();
        foreach (var silo in _silos)
        {
            silo.Watcher.StartRenewing(Renewal);
        }
        _reader = new SqliteEventJournal(new SqliteJournalOptions { Path = JournalPath });
    }

    /// <summary>
    /// Creates a consultation through <paramref name="via"/> with <paramref name="region"/> in its
    /// settings and in <see cref="RequestContext"/>, as the HTTP API does for placement.
    /// </summary>
    public async Task<ClusterConsultation> CreateAsync(ClusterSilo via, string region, string? id = null)
    {
        id ??= "c-" + Guid.NewGuid().ToString("N")[..10];
        var settings = new ConsultationSettings { Title = $"Consultation {id}", Region = region, TimeZone = "Africa/Nairobi" };
        RequestContext.Set(RegionPlacementStrategy.RegionKey, region);
        try
        {
            var created = await via.Consultation(id).CreateAsync(OrganizerKey, settings);
            created.Outcome.ShouldBeAccepted();
            return new ClusterConsultation(id, created.JoinCode!, created.ModeratorKey!);
        }
        finally
        {
            RequestContext.Remove(RegionPlacementStrategy.RegionKey);
        }
    }

    /// <summary>Joins through <paramref name="via"/>.</summary>
    public static async Task<TestParticipant> JoinAsync(ClusterSilo via, ClusterConsultation consultation, string displayName)
    {
        var joined = await via.Consultation(consultation.Id).JoinAsync(null, new JoinRequest(consultation.JoinCode, displayName, null, StakeholderGroup.CivilSociety, "KE"));
        joined.Outcome.ShouldBeAccepted();
        return new TestParticipant(joined.ParticipantId!, joined.Token!, displayName);
    }

    /// <summary>The silo the consultation's activation lives on, as the grain directory says (asked through <paramref name="via"/>); null when it has none.</summary>
    public async Task<ClusterSilo?> HostOfAsync(string consultationId, ClusterSilo? via = null)
    {
        via ??= _silos.First(s => s.Handle.IsActive);
        var address = await via.Grains.GetGrain<IManagementGrain>(0).GetActivationAddress(via.Consultation(consultationId));
        return address is null ? null : _silos.Single(s => s.Address.Equals(address));
    }

    /// <summary>How many activations of the consultation the live silos hold, counted silo by silo.</summary>
    public async Task<IReadOnlyList<SiloAddress>> ActivationsOfAsync(string consultationId)
    {
        var live = _silos.Where(s => s.Handle.IsActive).ToList();
        var statistics = await live[0].Grains.GetGrain<IManagementGrain>(0).GetDetailedGrainStatistics(null, [.. live.Select(s => s.Address)]);
        return [.. statistics.Where(s => s.GrainId.Type.ToString()!.Contains("consultation", StringComparison.OrdinalIgnoreCase) && s.GrainId.Key.ToString() == consultationId).Select(s => s.SiloAddress)];
    }

    /// <summary>Stops a silo as a shutdown would (its watcher stops renewing first, as its web layer goes with it).</summary>
    public async Task StopAsync(ClusterSilo silo)
    {
        await silo.Watcher.StopAsync();
        await _cluster.StopSiloAsync(silo.Handle);
    }

    /// <summary>Kills a silo without a goodbye; the others find out through membership.</summary>
    public async Task KillAsync(ClusterSilo silo)
    {
        await silo.Watcher.StopAsync();
        await _cluster.KillSiloAsync(silo.Handle);
    }

    /// <summary>Every durable record of a consultation, read from the shared journal file rather than through a grain.</summary>
    public Task<IReadOnlyList<JournalRecord>> ReadJournalAsync(string consultationId) => _reader.ReadAsync(consultationId, 0);

    public async Task DisposeAsync()
    {
        foreach (var silo in _silos)
        {
            await silo.Watcher.DisposeAsync();
        }
        await _cluster.StopAllSilosAsync();
        await _cluster.DisposeAsync();
        await _reader.DisposeAsync();
        HubTestClusters.DeleteDirectory(Directory);
    }

    /// <summary>
    /// Silo metadata and grain manifests reach the other silos a moment after they join; until they
    /// have, placement sees regionless or incompatible silos and keeps grains on the caller. Tests
    /// start once every silo knows every silo's region and grains.
    /// </summary>
    private async Task WaitForRegionsAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!_silos.All(silo => _silos.All(other => RegionSeenBy(silo, other) == other.Region)
            && silo.Handle.ServiceProvider.GetRequiredService<IClusterManifestProvider>().Current.Silos.Count == _silos.Count))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The silos did not learn each other's regions within 30 s.");
            }
            await Task.Delay(50);
        }
    }

    private static string? RegionSeenBy(ClusterSilo silo, ClusterSilo other) =>
        silo.Handle.ServiceProvider.GetRequiredService<ISiloMetadataCache>().GetSiloMetadata(other.Address).Metadata
            .TryGetValue(RegionPlacementStrategy.MetadataKey, out var region) ? region : null;

    private static int IndexOf(string region) => Regions.ToList().IndexOf(region);

    private string RegionOf(string siloName)
    {
        lock (_regionOf)
        {
            if (!_regionOf.TryGetValue(siloName, out var region))
            {
                _regionOf[siloName] = region = Regions[_regionOf.Count];
            }
            return region;
        }
    }

    private void Configure(InProcessTestSiloSpecificOptions options, Orleans.Hosting.ISiloBuilder silo)
    {
        silo.UseSiloMetadata(new Dictionary<string, string> { [RegionPlacementStrategy.MetadataKey] = RegionOf(options.SiloName) });
        silo.Services.AddSingleton<IEventJournal>(_ => new SqliteEventJournal(new SqliteJournalOptions { Path = JournalPath }));
        silo.Services.AddWall(o => (o.ReportInterval, o.PushInterval, o.SubscriptionExpiry) = (WallInterval, WallInterval, SubscriptionExpiry));
        silo.Services.AddOptions<ConsultationGrainOptions>().Configure(o =>
        {
            (o.OrganizerKey, o.TokenSigningKey) = (OrganizerKey, "token-signing-key-for-cluster-tests-0123456789");
            (o.SubscriptionExpiry, o.PresenceSettle) = (_consultationExpiry, PresenceSettle);
        });
    }
}
