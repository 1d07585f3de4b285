using ConsultHub.Domain.Commands;
using ConsultHub.Domain.Model;
using ConsultHub.Grains.Consultations;
using ConsultHub.Grains.Presence;
using ConsultHub.Grains.Tests.Hosting;
using ConsultHub.Storage;
using ConsultHub.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ConsultHub.Grains.Tests.Consultations;

/// <summary>
/// Consultation grains on an Orleans silo as production wires them, minus the web: a real SQLite
/// journal in a temporary file (behind a <see cref="ControlledJournal"/>), a recording observer
/// subscribed as the one silo's observer would be, a presence source the test sets, and fake time
/// that fires grain timers when advanced. <see cref="RestartAsync"/> stops the silo and starts a new
/// one on the same file, as a process restart would; the clock, observer and presence carry over,
/// and the observer subscribes again as the silo's renewal would.
/// </summary>
public sealed class ConsultationHost : IAsyncDisposable
{
    public const string OrganizerKey = "organizer-key-for-grain-tests-0123456789";

    private readonly Action<ConsultationGrainOptions>? _configureGrains;
    private readonly HashSet<string> _subscribed = new(StringComparer.Ordinal);
    private TestSilo _silo = null!;
    private IConsultationObserver? _observer;

    private ConsultationHost(Action<ConsultationGrainOptions>? configureGrains) => _configureGrains = configureGrains;

    public FakeTimeProvider Time => _silo.Time;

    public RecordingNotifier Notifier { get; } = new();

    public FakePresence Presence { get; } = new();

    public TestSilo Silo => _silo;

    public string DatabasePath => Path.Combine(_silo.Directory, "journal.db");

    /// <summary>The current silo's journal; replaced by <see cref="RestartAsync"/>.</summary>
    public ControlledJournal Journal => _silo.Services.GetRequiredService<ControlledJournal>();

    public static async Task<ConsultationHost> StartAsync(Action<ConsultationGrainOptions>? configureGrains = null)
    {
        var host = new ConsultationHost(configureGrains);
        host._silo = await TestSilo.StartAsync(host.Configure);
        host.Notifier.CurrentVersion = async id => (await host.Grain(id).GetPublicViewAsync())?.Version ?? 0;
        return host;
    }

    /// <summary>A reference through the current silo.</summary>
    public IConsultationGrain Grain(string id) => _silo.Grains.GetGrain<IConsultationGrain>(id);

    /// <summary>Creates a consultation with the organizer key and subscribes the observer; <paramref name="configure"/> adjusts the default settings.</summary>
    public async Task<TestConsultation> CreateAsync(string id = "c1", Func<ConsultationSettings, ConsultationSettings>? configure = null)
    {
        var settings = new ConsultationSettings { Title = "Draft convention on data sharing", Region = "Africa", TimeZone = "Africa/Nairobi" };
        var created = await Grain(id).CreateAsync(OrganizerKey, configure is null ? settings : configure(settings));
        created.Outcome.ShouldBeAccepted();
        await SubscribeAsync(id);
        return new TestConsultation(this, id, created.JoinCode!, created.ModeratorKey!, created.ObserverKey!);
    }

    /// <summary>Subscribes (or renews) the observer with the presence this host holds, as the silo does every few seconds.</summary>
    public async Task SubscribeAsync(string id)
    {
        _observer ??= _silo.Grains.CreateObjectReference<IConsultationObserver>(Notifier);
        _subscribed.Add(id);
        Notifier.Subscribed(id);
        await Grain(id).SubscribeAsync(_observer, Presence.Report(id), Notifier.Received(id));
    }

    /// <summary>Renews every subscription, as the silo's periodic renewal would.</summary>
    public async Task RenewAsync()
    {
        foreach (var id in _subscribed.ToList())
        {
            await SubscribeAsync(id);
        }
    }

    /// <summary>Opens (or closes) a participant's only connection and tells the grain, as the hub does.</summary>
    public Task<CommandOutcome> NoticeAsync(string id, string? credential, string participantId, bool connected)
    {
        var notice = connected ? Presence.Connect(id, participantId) : Presence.Disconnect(id, participantId);
        return Grain(id).NoticePresenceAsync(credential, notice);
    }

    /// <summary>How many consultation grains are activated on the silo now.</summary>
    public async Task<int> ActivationCountAsync()
    {
        var statistics = await _silo.Grains.GetGrain<IManagementGrain>(0).GetSimpleGrainStatistics();
        return statistics.Where(s => s.GrainType.Contains(nameof(ConsultationGrain), StringComparison.Ordinal)).Sum(s => s.ActivationCount);
    }

    /// <summary>Every durable record of a stream, read from the journal itself rather than through a grain.</summary>
    public Task<IReadOnlyList<JournalRecord>> ReadJournalAsync(string id) => Journal.Inner.ReadAsync(id, 0);

    /// <summary>The state the journal holds for a stream, folded the way an activation folds it.</summary>
    public async Task<ConsultationState> LoadFromJournalAsync(string id) => (await new ConsultationStore(Journal.Inner).LoadAsync(id, CancellationToken.None)).State;

    /// <summary>
    /// Stops the silo (deactivating every grain), then starts a new one on the same files and, unless
    /// <paramref name="renew"/> is false, renews the subscriptions as the silo would after its restart.
    /// </summary>
    public async Task RestartAsync(bool renew = true)
    {
        _observer = null;
        await _silo.RestartAsync();
        if (renew)
        {
            await RenewAsync();
        }
    }

    public async ValueTask DisposeAsync() => await _silo.DisposeAsync();

    private void Configure(IServiceCollection services, string directory)
    {
        services
            .AddSingleton(_ => new SqliteEventJournal(new SqliteJournalOptions { Path = Path.Combine(directory, "journal.db") }))
            .AddSingleton(provider => new ControlledJournal(provider.GetRequiredService<SqliteEventJournal>()))
            .AddSingleton<IEventJournal>(provider => provider.GetRequiredService<ControlledJournal>());
        services.AddOptions<ConsultationGrainOptions>()
            .Configure(options =>
            {
                options.OrganizerKey = OrganizerKey;
                options.TokenSigningKey = "token-signing-key-for-grain-tests-0123456789";
                // The test's one silo renews only when a test says so.
                options.SubscriptionExpiry = TimeSpan.FromDays(1);
                _configureGrains?.Invoke(options);
            })
            .ValidateDataAnnotations();
    }
}
