using System.Net.Http.Headers;
using System.Text.Json;

namespace ConsultHub.LoadGenerator.Hosts;

/// <summary>
/// Three silo-host processes (Release build) forming one Orleans cluster over an Azurite the caller
/// started, as <c>./cluster.sh</c> does: Azure Table membership, journal and grain state, shared keys.
/// Silo i carries region <see cref="Load.HubApi.Regions"/>[i], so consultations created through any
/// silo are placed on the silo of their region. It knows which silo holds a consultation's grain (the hub's organizer-key <c>/cluster</c>), and
/// can kill one with SIGKILL.
/// </summary>
public sealed class SiloCluster : IAsyncDisposable
{
    private const string TokenSigningKey = "load-generator-token-signing-key-0123456789abcdef";

    private readonly ServerProcess?[] _silos;
    private readonly string[] _addresses;
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };

    private SiloCluster(ServerProcess[] silos, string[] addresses)
    {
        _silos = silos;
        _addresses = addresses;
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Servers.OrganizerKey);
    }

    /// <summary>The silos' HTTP addresses, by index.</summary>
    public IReadOnlyList<Uri> Urls => [.. _silos.Select((s, i) => s?.Url ?? throw new InvalidOperationException($"Silo {i} was killed."))];

    /// <summary>How many silos the cluster started with.</summary>
    public int Count => _silos.Length;

    /// <summary>The summed CPU time of the silos still running.</summary>
    public TimeSpan CpuTime => _silos.Aggregate(TimeSpan.Zero, (sum, s) => sum + (s?.CpuTime ?? TimeSpan.Zero));

    /// <summary>Starts <paramref name="count"/> silos side by side over <paramref name="azurite"/> and waits until every one answers.</summary>
    public static async Task<SiloCluster> StartAsync(string workDir, Uri azurite, int count)
    {
        var table = Servers.AzuriteConnectionString(azurite);
        var clusterId = "e7-" + Guid.NewGuid().ToString("n")[..8];
        var starts = Enumerable.Range(0, count).Select(i => Servers.StartHubAsync(Directory.CreateDirectory(Path.Combine(workDir, $"silo{i}")).FullName,
        [
            "--Storage:Provider=AzureTable", $"--Storage:AzureTable:ConnectionString={table}", "--Storage:AzureTable:TableName=bench",
            $"--Orleans:ClusterId={clusterId}", $"--Orleans:ServiceId={clusterId}",
            "--Orleans:Clustering:ProviderType=AzureTableStorage", $"--Orleans:Clustering:ConnectionString={table}",
            $"--Orleans:Endpoints:SiloPort={ServerProcess.FreePort()}", "--Orleans:Endpoints:AdvertisedIPAddress=127.0.0.1",
            $"--Hub:TokenSigningKey={TokenSigningKey}", $"--Orleans:Metadata:region={Load.HubApi.Regions[i % Load.HubApi.Regions.Count]}",
        ])).ToList();
        try
        {
            await Task.WhenAll(starts);
        }
        catch
        {
            foreach (var start in starts.Where(s => s.IsCompletedSuccessfully))
            {
                await start.Result.DisposeAsync();
            }
            throw;
        }
        var silos = starts.Select(s => s.Result).ToArray();
        var cluster = new SiloCluster(silos, new string[count]);
        for (var i = 0; i < count; i++)
        {
            cluster._addresses[i] = (await cluster.GetAsync(i, "/cluster")).GetProperty("silo").GetString()!;
        }
        return cluster;
    }

    /// <summary>Waits until silo 0 sees every silo active (Orleans membership).</summary>
    public async Task WaitUntilFormedAsync(TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (true)
        {
            var members = (await GetAsync(0, "/cluster")).GetProperty("members").EnumerateArray();
            if (members.Count(m => m.GetProperty("status").GetString() == "Active") >= Count)
            {
                return;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"The cluster did not form within {limit}.");
            }
            await Task.Delay(250);
        }
    }

    /// <summary>The index of the silo holding the consultation's grain (asked of a live silo), or -1.</summary>
    public async Task<int> LocateAsync(string consultationId)
    {
        var asked = Array.FindIndex(_silos, s => s is not null);
        var silo = (await GetAsync(asked, $"/cluster/consultations/{consultationId}")).GetProperty("silo");
        return silo.ValueKind == JsonValueKind.String ? Array.IndexOf(_addresses, silo.GetString()) : -1;
    }

    /// <summary>SIGKILL of silo <paramref name="index"/>.</summary>
    public async Task KillAsync(int index)
    {
        if (_silos[index] is { } silo)
        {
            _silos[index] = null;
            await silo.DisposeAsync();
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        for (var i = 0; i < _silos.Length; i++)
        {
            await KillAsync(i);
        }
        _http.Dispose();
    }

    private async Task<JsonElement> GetAsync(int silo, string path)
    {
        var url = _silos[silo]?.Url ?? throw new InvalidOperationException($"Silo {silo} was killed.");
        return JsonDocument.Parse(await _http.GetStringAsync(new Uri(url, path))).RootElement.Clone();
    }
}
