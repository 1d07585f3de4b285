using System.Net.Http.Headers;
using System.Net.Http.Json;
using ConsultHub.Storage.AzureTable;
using ConsultHub.Testing.Fixtures;
using ConsultHub.Web.Cluster;

namespace ConsultHub.SiloHost.Tests.Cluster;

/// <summary>
/// Three real silo-host processes forming one Orleans cluster over one Azurite, as <c>./cluster.sh</c>
/// starts them: Azure Table membership, journal and grain state, shared organizer and token-signing
/// keys, silos tagged asia, africa and americas. The cluster id, service id and tables are new for
/// every instance, so reruns against the same Azurite never meet an earlier run's silos or events.
/// Disposing kills every silo still running.
/// </summary>
public sealed class SiloCluster : IAsyncDisposable
{
    /// <summary>The regions of the silos, by index.</summary>
    public static readonly IReadOnlyList<string> Regions = ["asia", "africa", "americas"];

    private const string TokenSigningKey = "silo-cluster-tests-token-signing-key-0123456789abcdef";

    private readonly Scratch _scratch;
    private readonly string _connectionString;
    private readonly string _clusterId;
    private readonly int[] _siloPorts;
    private readonly HostProcess?[] _hosts;
    private readonly TimeSpan _startTimeout;

    private SiloCluster(Scratch scratch, string connectionString, TimeSpan startTimeout)
    {
        _scratch = scratch;
        _connectionString = connectionString;
        _startTimeout = startTimeout;
        var run = Guid.NewGuid().ToString("n")[..12];
        _clusterId = "ckill-" + run;
        Journal = new AzureTableJournalOptions { ConnectionString = connectionString, TableName = "clusterkill" + run };
        _siloPorts = [.. Regions.Select(_ => HostProcess.FreePort())];
        _hosts = new HostProcess?[Regions.Count];
    }

    /// <summary>The journal every silo writes to, for reading it back.</summary>
    public AzureTableJournalOptions Journal { get; }

    /// <summary>The silos' HTTP addresses, by index, null for a silo not running (a restarted silo gets a new one).</summary>
    public IReadOnlyList<Uri?> Addresses => [.. _hosts.Select(h => h?.Address)];

    /// <summary>Starts the three silos side by side and waits until each sees all three active.</summary>
    public static async Task<SiloCluster> StartAsync(Scratch scratch, string connectionString, TimeSpan startTimeout)
    {
        var cluster = new SiloCluster(scratch, connectionString, startTimeout);
        var starts = Enumerable.Range(0, Regions.Count).Select(cluster.StartSiloAsync).ToList();
        try
        {
            await Task.WhenAll(starts);
            for (var i = 0; i < Regions.Count; i++)
            {
                await cluster.WaitUntilActiveAsync(i, i, startTimeout);
            }
        }
        catch
        {
            // Let every start finish first, so no silo comes up after the cluster was disposed.
            await Task.WhenAll(starts.Select(s => s.ContinueWith(_ => { }, TaskScheduler.Default)));
            await cluster.DisposeAsync();
            throw;
        }
        return cluster;
    }

    /// <summary>The host process of silo <paramref name="index"/>.</summary>
    public HostProcess Host(int index) => _hosts[index] ?? throw new InvalidOperationException($"Silo {index} is not running.");

    /// <summary>SIGKILL of silo <paramref name="index"/>: no shutdown, no goodbye to the membership table. Returns its Orleans address.</summary>
    public async Task<string> KillAsync(int index)
    {
        var address = (await MembersAsync(index)).Silo;
        await Host(index).KillAsync();
        await Host(index).DisposeAsync();
        _hosts[index] = null;
        return address;
    }

    /// <summary>Waits until silo <paramref name="observer"/> sees the silo at <paramref name="address"/> declared dead.</summary>
    public async Task WaitUntilDeadAsync(string address, int observer, TimeSpan timeout)
    {
        ClusterMembers? last = null;
        await Fixtures.Eventually.UntilAsync(async () =>
        {
            last = await MembersAsync(observer);
            return last.Members.Any(m => m.Silo == address && m.Status == "Dead");
        }, timeout, $"{address} declared dead as silo {observer} sees it; last seen: {Describe(last)}");
    }

    /// <summary>Starts silo <paramref name="index"/> again, on its silo port and with its region.</summary>
    public Task RestartAsync(int index) =>
        _hosts[index] is null ? StartSiloAsync(index) : throw new InvalidOperationException($"Silo {index} is running.");

    /// <summary>The membership as silo <paramref name="index"/> sees it.</summary>
    public async Task<ClusterMembers> MembersAsync(int index)
    {
        using var http = Http(index);
        return await http.GetFromJsonAsync<ClusterMembers>(ClusterEndpoints.Path)
            ?? throw new InvalidOperationException("GET /cluster returned nothing.");
    }

    /// <summary>The index of the silo holding the consultation's grain, asked of silo <paramref name="askedOf"/>; null when none does.</summary>
    public async Task<int?> LocateAsync(string consultationId, int askedOf)
    {
        using var http = Http(askedOf);
        var location = await http.GetFromJsonAsync<GrainLocation>($"{ClusterEndpoints.Path}/consultations/{consultationId}")
            ?? throw new InvalidOperationException("GET /cluster/consultations/{id} returned nothing.");
        if (location.Silo is null)
        {
            return null;
        }
        for (var i = 0; i < _hosts.Length; i++)
        {
            if (_hosts[i] is not null && (await MembersAsync(i)).Silo == location.Silo)
            {
                return i;
            }
        }
        throw new InvalidOperationException($"The consultation lives on {location.Silo}, which is none of the running silos.");
    }

    /// <summary>Waits until silo <paramref name="observer"/> sees silo <paramref name="index"/> (its current life) and two others active.</summary>
    public async Task WaitUntilActiveAsync(int index, int observer, TimeSpan timeout)
    {
        var address = (await MembersAsync(index)).Silo;
        ClusterMembers? last = null;
        await Fixtures.Eventually.UntilAsync(async () =>
        {
            last = await MembersAsync(observer);
            return last.Members.Any(m => m.Silo == address && m.Status == "Active") && last.Members.Count(m => m.Status == "Active") == Regions.Count;
        }, timeout, $"silo {index} ({address}) active among {Regions.Count} as silo {observer} sees them; last seen: {Describe(last)}");
    }

    /// <summary>A one-line description of a membership, for test output.</summary>
    public static string Describe(ClusterMembers? members) =>
        members is null ? "nothing" : string.Join(", ", members.Members.Select(m => $"{m.Silo} {m.Status}"));

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            if (host is not null)
            {
                await host.DisposeAsync();
            }
        }
        Array.Clear(_hosts);
    }

    private async Task StartSiloAsync(int index)
    {
        var folder = Directory.CreateDirectory(_scratch.File($"silo-{Regions[index]}")).FullName;
        _hosts[index] = await HostProcess.StartAsync(folder, _startTimeout,
        [
            $"--Orleans:ClusterId={_clusterId}", $"--Orleans:ServiceId={_clusterId}",
            "--Orleans:Clustering:ProviderType=AzureTableStorage", $"--Orleans:Clustering:ConnectionString={_connectionString}",
            $"--Orleans:Endpoints:SiloPort={_siloPorts[index]}", "--Orleans:Endpoints:AdvertisedIPAddress=127.0.0.1",
            $"--Orleans:Metadata:region={Regions[index]}",
            "--Storage:Provider=AzureTable", $"--Storage:AzureTable:ConnectionString={_connectionString}", $"--Storage:AzureTable:TableName={Journal.TableName}",
            $"--Hub:OrganizerKey={Fixtures.Drill.OrganizerKey}", $"--Hub:TokenSigningKey={TokenSigningKey}",
        ]);
    }

    private HttpClient Http(int index)
    {
        var http = new HttpClient { BaseAddress = Host(index).Address, Timeout = TimeSpan.FromSeconds(15) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Fixtures.Drill.OrganizerKey);
        return http;
    }
}
