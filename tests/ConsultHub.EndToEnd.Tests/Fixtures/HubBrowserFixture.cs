using ConsultHub.Testing.Fixtures;
using Microsoft.Playwright;

namespace ConsultHub.EndToEnd.Tests.Fixtures;

/// <summary>
/// One real silo-host process serving the built web client, and one headless Debian Chromium,
/// per test class. Each person opens their own browser context.
/// </summary>
public sealed class HubBrowserFixture : IAsyncLifetime
{
    /// <summary>The organizer key the host is started with.</summary>
    public const string OrganizerKey = "e2e-organizer-key-4f0c9a7d2b6e4c1a";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run",
    ];

    private string? _dataDirectory;
    private HostProcess? _host;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The host's address, ending with a slash.</summary>
    public Uri Address => Host.Address;

    /// <summary>The host process.</summary>
    public HostProcess Host => _host ?? throw new InvalidOperationException("The fixture is not initialized.");

    /// <summary>The shared Chromium.</summary>
    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The fixture is not initialized.");

    /// <summary>An absolute URL on the host, e.g. <c>#/organize</c>.</summary>
    public string Url(string relative) => new Uri(Address, relative).ToString();

    /// <inheritdoc/>
    public async Task InitializeAsync()
    {
        var webRoot = RepositoryPaths.RequireBuiltWebClient();
        _dataDirectory = Directory.CreateTempSubdirectory("consulthub-e2e-").FullName;
        _host = await HostProcess.StartAsync(_dataDirectory, Waits.HostStart,
            [$"--Hub:OrganizerKey={OrganizerKey}", $"--Storage:Sqlite:Path={Path.Combine(_dataDirectory, "hub.db")}", $"--Hub:WebRoot={webRoot}"]);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArgs,
            Timeout = (float)Waits.HostStart.TotalMilliseconds,
        });
    }

    /// <summary>Opens a new person (browser context) with a viewport of the given size.</summary>
    public Task<Person> OpenAsync(string role, int width = 1400, int height = 1000) => Person.OpenAsync(Browser, role, width, height);

    /// <inheritdoc/>
    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }
        _playwright?.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
        if (_dataDirectory is not null)
        {
            try
            {
                Directory.Delete(_dataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // The killed host may still hold the database for a moment; the OS temp cleaner gets it.
            }
        }
    }
}
