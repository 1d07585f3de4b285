using ConsultHub.Domain.Model;
using ConsultHub.Grains.Consultations;
using ConsultHub.Grains.Runtime;
using ConsultHub.Grains.Tests.Runtime;
using ConsultHub.Storage;
using ConsultHub.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultHub.Grains.Tests.Consultations;

/// <summary>
/// A host for consultation grains as production wires them, minus the web: a real SQLite journal in
/// a temporary file (behind a <see cref="ControlledJournal"/>), a recording notifier, a presence
/// source the test sets, and a manual clock that fires grain timers when advanced.
/// <see cref="RestartAsync"/> stops everything and starts a new runtime and journal on the same
/// file, as a process restart would; the clock, notifier and presence carry over.
/// </summary>
public sealed class ConsultationHost : IAsyncDisposable
{
    public const string OrganizerKey = "organizer-key-for-grain-tests-0123456789";

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "consulthub-grain-tests", Guid.NewGuid().ToString("N"));
    private readonly Action<ConsultationGrainOptions>? _configureGrains;
    private readonly Action<GrainRuntimeOptions>? _configureRuntime;
    private ServiceProvider _services;

    public ConsultationHost(Action<ConsultationGrainOptions>? configureGrains = null, Action<GrainRuntimeOptions>? configureRuntime = null)
    {
        _configureGrains = configureGrains;
        _configureRuntime = configureRuntime;
        _services = Build();
    }

    public ManualTimeProvider Time { get; } = new();

    public RecordingNotifier Notifier { get; } = new();

    public FakePresence Presence { get; } = new();

    public string DatabasePath => Path.Combine(_directory, "journal.db");

    /// <summary>The current runtime's journal; replaced by <see cref="RestartAsync"/>.</summary>
    public ControlledJournal Journal => _services.GetRequiredService<ControlledJournal>();

    public GrainRuntime Runtime => _services.GetRequiredService<GrainRuntime>();

    /// <summary>A reference through the current runtime; references do not survive a restart.</summary>
    public IConsultationGrain Grain(string id) => _services.GetRequiredService<IGrainFactory>().GetGrain<IConsultationGrain>(id);

    /// <summary>Creates a consultation with the organizer key; <paramref name="configure"/> adjusts the default settings.</summary>
    public async Task<TestConsultation> CreateAsync(string id = "c1", Func<ConsultationSettings, ConsultationSettings>? configure = null)
    {
        var settings = new ConsultationSettings { Title = "Draft convention on data sharing", Region = "Africa", TimeZone = "Africa/Nairobi" };
        var created = await Grain(id).CreateAsync(OrganizerKey, configure is null ? settings : configure(settings));
        created.Outcome.ShouldBeAccepted();
        return new TestConsultation(this, id, created.JoinCode!, created.ModeratorKey!, created.ObserverKey!);
    }

    /// <summary>Every durable record of a stream, read from the journal itself rather than through a grain.</summary>
    public Task<IReadOnlyList<JournalRecord>> ReadJournalAsync(string id) => Journal.Inner.ReadAsync(id, 0);

    /// <summary>The state the journal holds for a stream, folded the way an activation folds it.</summary>
    public async Task<ConsultationState> LoadFromJournalAsync(string id) => (await new ConsultationStore(Journal.Inner).LoadAsync(id, CancellationToken.None)).State;

    /// <summary>Stops the runtime (deactivating every grain) and disposes the journal, then starts both afresh on the same file.</summary>
    public async Task RestartAsync()
    {
        await StopAsync();
        _services = Build();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp file is harmless; failing the test over it would not be.
        }
    }

    private async Task StopAsync()
    {
        // The runtime first, so deactivating grains still have their journal; the container
        // disposes singletons in its own order.
        await Runtime.StopAsync(CancellationToken.None);
        await _services.DisposeAsync();
    }

    private ServiceProvider Build()
    {
        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(Time)
            .AddSingleton<IConsultationNotifier>(Notifier)
            .AddSingleton<IPresenceSource>(Presence)
            .AddSingleton(_ => new SqliteEventJournal(new SqliteJournalOptions { Path = DatabasePath }))
            .AddSingleton(provider => new ControlledJournal(provider.GetRequiredService<SqliteEventJournal>()))
            .AddSingleton<IEventJournal>(provider => provider.GetRequiredService<ControlledJournal>())
            .AddGrainRuntime(_configureRuntime)
            .AddGrain<IConsultationGrain, ConsultationGrain>();
        services.AddOptions<ConsultationGrainOptions>()
            .Configure(options =>
            {
                options.OrganizerKey = OrganizerKey;
                options.TokenSigningKey = "token-signing-key-for-grain-tests-0123456789";
                _configureGrains?.Invoke(options);
            })
            .ValidateDataAnnotations();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }
}
