using ConsultHub.Domain.Model;
using ConsultHub.Web.Hosting;
using ConsultHub.Web.Tests.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace ConsultHub.Web.Tests.Trust.Fixtures;

/// <summary>
/// The hub as silo-host composes it, on real Kestrel at 127.0.0.1, with its own SQLite journal
/// and the hub's own key bootstrap (the token-signing key is generated beside the database), so
/// trust tests can set <c>Hub:*</c> settings such as the abuse limits and read what was stored.
/// </summary>
public abstract class TrustHost : IAsyncLifetime
{
    /// <summary>The hub's organizer key.</summary>
    public const string OrganizerKey = "trust-tests-organizer-key-0123456789";

    private WebApplication? _app;

    /// <summary>The folder holding the journal and the generated keys.</summary>
    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "consulthub-trust-" + Guid.NewGuid().ToString("n"));

    /// <summary>The server's address.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>The HTTP API at <see cref="Address"/>.</summary>
    public ConsultationApi Api { get; private set; } = null!;

    /// <summary>The host's services (the journal, options).</summary>
    public IServiceProvider Services => _app!.Services;

    /// <summary>Extra <c>--Key=value</c> settings of this host.</summary>
    protected abstract IEnumerable<string> Settings { get; }

    /// <inheritdoc/>
    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(DataDirectory);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ContentRootPath = DataDirectory,
            Args =
            [
                "--urls=http://127.0.0.1:0",
                $"--Hub:OrganizerKey={OrganizerKey}",
                $"--Storage:Sqlite:Path={Path.Combine(DataDirectory, "hub.db")}",
                .. Settings,
            ],
        });
        builder.Logging.SetMinimumLevel(LogLevel.Critical);
        builder.AddConsultationHub();
        _app = builder.Build();
        _app.MapConsultationHub();
        await _app.StartAsync();
        Address = new Uri(_app.Urls.Single());
        Api = new ConsultationApi(new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) });
    }

    /// <summary>Creates a consultation (themes "data" and "capacity"); <paramref name="configure"/> adjusts the defaults.</summary>
    public Task<ConsultationKeys> CreateConsultationAsync(Func<ConsultationSettings, ConsultationSettings>? configure = null)
    {
        var settings = new ConsultationSettings { Title = "Draft convention on data sharing", Region = "Asia", TimeZone = "Asia/Bangkok", Themes = ["data", "capacity"] };
        return Api.CreateAsync(OrganizerKey, configure?.Invoke(settings) ?? settings);
    }

    /// <inheritdoc/>
    public async Task DisposeAsync()
    {
        Api?.Http.Dispose();
        if (_app is not null)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await _app.StopAsync(timeout.Token);
            await _app.DisposeAsync();
        }
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
