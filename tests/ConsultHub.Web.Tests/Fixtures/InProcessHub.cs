using ConsultHub.Domain.Model;
using ConsultHub.Web.Hosting;
using ConsultHub.Testing.Client;
using ConsultHub.Testing.Fixtures;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace ConsultHub.Web.Tests.Fixtures;

/// <summary>
/// The hub as silo-host composes it (<c>AddConsultationHub</c> + <c>MapConsultationHub</c>) on real
/// Kestrel at 127.0.0.1 with a free port, its own SQLite journal in a temporary folder and a known
/// organizer key. Subclasses add <c>--Key=value</c> settings and the defaults of the consultations
/// they create.
/// </summary>
public abstract class InProcessHub(string organizerKey, string purpose) : IAsyncLifetime
{
    private WebApplication? _app;

    /// <summary>The folder holding the journal and the generated keys.</summary>
    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), $"consulthub-{purpose}-" + Guid.NewGuid().ToString("n"));

    /// <summary>The server's address, such as http://127.0.0.1:41234/.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>The HTTP API at <see cref="Address"/>.</summary>
    public ConsultationApi Api { get; private set; } = null!;

    /// <summary>The host's services (the journal, options).</summary>
    public IServiceProvider Services => _app!.Services;

    /// <summary>Extra <c>--Key=value</c> settings of this host.</summary>
    protected virtual IEnumerable<string> Settings => [];

    /// <summary>How much the host logs.</summary>
    protected virtual LogLevel MinimumLogLevel => LogLevel.Warning;

    /// <summary>What <see cref="CreateConsultationAsync"/> starts from.</summary>
    protected abstract ConsultationSettings DefaultConsultation { get; }

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
                $"--Hub:OrganizerKey={organizerKey}",
                $"--Storage:Sqlite:Path={Path.Combine(DataDirectory, "hub.db")}",
                $"--Orleans:SiloPort={HostProcess.FreePort()}",
                .. Settings,
            ],
        });
        builder.Logging.SetMinimumLevel(MinimumLogLevel);
        builder.AddConsultationHub();
        _app = builder.Build();
        _app.MapConsultationHub();
        await _app.StartAsync();
        Address = new Uri(_app.Urls.Single());
        Api = new ConsultationApi(new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) });
    }

    /// <summary>Creates a consultation with the organizer key; <paramref name="configure"/> adjusts the defaults.</summary>
    public Task<ConsultationKeys> CreateConsultationAsync(Func<ConsultationSettings, ConsultationSettings>? configure = null) =>
        Api.CreateAsync(organizerKey, configure?.Invoke(DefaultConsultation) ?? DefaultConsultation);

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
