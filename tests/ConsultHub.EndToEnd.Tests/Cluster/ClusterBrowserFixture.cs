using ConsultHub.EndToEnd.Tests.Fixtures;
using ConsultHub.Testing.Azurite;
using ConsultHub.Testing.Client;
using ConsultHub.Testing.Fixtures;
using Microsoft.Playwright;

namespace ConsultHub.EndToEnd.Tests.Cluster;

/// <summary>
/// Two real silo-host processes clustered over Azurite (membership, journal and grain state in
/// Azure Table, as <c>./cluster.sh</c> runs them), the YARP front door over both, and one headless
/// Chromium. The silos are tagged with regions, so a consultation of <see cref="GrainRegion"/> lives
/// on <see cref="GrainSilo"/> and the other silo can die without moving it.
/// </summary>
public sealed class ClusterBrowserFixture : IAsyncLifetime
{
    /// <summary>The organizer key every silo shares.</summary>
    public const string OrganizerKey = "e2e-cluster-organizer-key-7d1e0b9c3a";

    /// <summary>The region of the first silo: consultations of this region live there.</summary>
    public const string GrainRegion = "Europe";

    // Every silo signs and checks participant tokens with the same key, so a token works on all.
    private const string TokenSigningKey = "e2e-cluster-token-signing-key-5a8f3c2e9b1d4f60";

    private static readonly string[] Regions = ["europe", "africa"];

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run",
    ];

    private readonly AzuriteFixture _azurite = new();
    private readonly List<Scratch> _scratch = [];
    private readonly List<HostProcess> _silos = [];
    private FrontDoorProcess? _frontDoor;
    private HttpClient? _http;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The silos, in the order of <see cref="Regions"/>.</summary>
    public IReadOnlyList<HostProcess> Silos => _silos;

    /// <summary>The silo consultations of <see cref="GrainRegion"/> live on.</summary>
    public HostProcess GrainSilo => _silos[0];

    /// <summary>The front door's address, ending with a slash: where browsers go.</summary>
    public Uri Address => (_frontDoor ?? throw new InvalidOperationException("The fixture is not initialized.")).Address;

    /// <summary>The HTTP API through the front door.</summary>
    public ConsultationApi Api => new(_http ?? throw new InvalidOperationException("The fixture is not initialized."));

    /// <summary>An absolute URL through the front door, e.g. <c>#/participate/c-1</c>.</summary>
    public string Url(string relative) => new Uri(Address, relative).ToString();

    /// <summary>The silo at <paramref name="address"/> (as the front door names it), or a failure listing the silos.</summary>
    public HostProcess SiloAt(string address) =>
        _silos.SingleOrDefault(s => s.Address.ToString().TrimEnd('/') == address.TrimEnd('/'))
        ?? throw new InvalidOperationException($"{address} is none of the silos {string.Join(", ", _silos.Select(s => s.Address))}.");

    /// <summary>Opens a new person (browser context) with their own storage.</summary>
    public Task<Person> OpenAsync(string role) => Person.OpenAsync(_browser ?? throw new InvalidOperationException("The fixture is not initialized."), role, 1280, 1000);

    /// <inheritdoc/>
    public async Task InitializeAsync()
    {
        await _azurite.InitializeAsync();
        var webRoot = RepositoryPaths.RequireBuiltWebClient();
        var run = Guid.NewGuid().ToString("N")[..12];
        var table = _azurite.ConnectionString;
        var starting = Regions.Select(region =>
        {
            var scratch = new Scratch($"e2e-cluster-{region}");
            _scratch.Add(scratch);
            return HostProcess.StartAsync(scratch.Path, Waits.HostStart,
            [
                $"--Orleans:ClusterId=e2e-{run}", $"--Orleans:ServiceId=e2e-{run}",
                "--Orleans:Clustering:ProviderType=AzureTableStorage", $"--Orleans:Clustering:ConnectionString={table}",
                $"--Orleans:Endpoints:SiloPort={HostProcess.FreePort()}", "--Orleans:Endpoints:AdvertisedIPAddress=127.0.0.1",
                $"--Orleans:Metadata:region={region}",
                "--Storage:Provider=AzureTable", $"--Storage:AzureTable:ConnectionString={table}", $"--Storage:AzureTable:TableName=e2e{run}",
                $"--Hub:OrganizerKey={OrganizerKey}", $"--Hub:TokenSigningKey={TokenSigningKey}", $"--Hub:WebRoot={webRoot}",
            ]);
        }).ToList();
        try
        {
            await Task.WhenAll(starting);
        }
        finally
        {
            // Those that started are disposed with the fixture even when another failed.
            _silos.AddRange(starting.Where(s => s.IsCompletedSuccessfully).Select(s => s.Result));
        }
        _frontDoor = await FrontDoorProcess.StartAsync(_silos.Select(s => s.Address), Waits.HostStart);
        _http = new HttpClient { BaseAddress = _frontDoor.Address };
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArgs,
            Timeout = (float)Waits.HostStart.TotalMilliseconds,
        });
    }

    /// <inheritdoc/>
    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }
        _playwright?.Dispose();
        _http?.Dispose();
        if (_frontDoor is not null)
        {
            await _frontDoor.DisposeAsync();
        }
        foreach (var silo in _silos)
        {
            await silo.DisposeAsync();
        }
        await _azurite.DisposeAsync();
        foreach (var scratch in _scratch)
        {
            scratch.Dispose();
        }
    }
}
