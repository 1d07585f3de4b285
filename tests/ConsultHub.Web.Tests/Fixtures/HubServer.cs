using ConsultHub.Domain.Model;
using ConsultHub.Web.Hosting;
using ConsultHub.Web.Tests.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace ConsultHub.Web.Tests.Fixtures;

/// <summary>
/// The hub as silo-host composes it (<c>AddConsultationHub</c> + <c>MapConsultationHub</c>) on real
/// Kestrel at 127.0.0.1 with a free port, a temporary SQLite journal and a known organizer key.
/// The resume window is small so that tests can outrun it cheaply.
/// </summary>
public sealed class HubServer : IAsyncLifetime
{
    /// <summary>The hub's organizer key.</summary>
    public const string OrganizerKey = "web-tests-organizer-key-0123456789";

    /// <summary>How many recent events the grain keeps for resuming watchers.</summary>
    public const int ResumeWindow = 40;

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "consulthub-web-tests-" + Guid.NewGuid().ToString("n"));
    private WebApplication? _app;

    /// <summary>The server's address, such as http://127.0.0.1:41234/.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>The HTTP API at <see cref="Address"/>.</summary>
    public ConsultationApi Api { get; private set; } = null!;

    /// <inheritdoc/>
    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_directory);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ContentRootPath = _directory,
            Args =
            [
                "--urls=http://127.0.0.1:0",
                $"--Hub:OrganizerKey={OrganizerKey}",
                $"--Hub:ResumeWindow={ResumeWindow}",
                $"--Storage:Sqlite:Path={Path.Combine(_directory, "hub.db")}",
            ],
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddConsultationHub();
        _app = builder.Build();
        _app.MapConsultationHub();
        await _app.StartAsync();
        Address = new Uri(_app.Urls.Single());
        Api = new ConsultationApi(new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) });
    }

    /// <summary>Creates a consultation with the organizer key; <paramref name="configure"/> adjusts the defaults.</summary>
    public Task<ConsultationKeys> CreateConsultationAsync(Func<ConsultationSettings, ConsultationSettings>? configure = null)
    {
        var settings = new ConsultationSettings { Title = "Draft convention on data sharing", Region = "Africa", TimeZone = "Africa/Nairobi", Themes = ["data", "capacity"] };
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
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
