using ConsultHub.Domain.Commands;
using ConsultHub.Domain.Model;
using ConsultHub.Grains.Consultations;
using ConsultHub.Grains.Runtime;
using ConsultHub.Grains.Wall;
using ConsultHub.Storage;
using ConsultHub.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;

using ConsultHub.Grains.Tests.Consultations;

namespace ConsultHub.Grains.Tests.Wall;

/// <summary>
/// Consultation grains on a real SQLite journal in a temporary file, with the wall registered as
/// production registers it (unless <c>withWall</c> is false), a recording feed between the
/// consultation grains and the wall grain, and a recording notifier behind the wall.
/// </summary>
public sealed class WallHost : IAsyncDisposable
{
    public const string OrganizerKey = "organizer-key-for-wall-tests-0123456789";

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "consulthub-wall-tests", Guid.NewGuid().ToString("N"));
    private readonly ServiceProvider _services;

    /// <summary>The connections open on this host; people the host joins are connected first, as the hub does.</summary>
    public FakePresence Presence { get; } = new();

    public WallHost(TimeProvider time, bool withWall = true)
    {
        Directory.CreateDirectory(_directory);
        var services = new ServiceCollection()
            .AddSingleton(time)
            .AddSingleton<IConsultationNotifier, NullConsultationNotifier>()
            .AddSingleton<IPresenceSource>(Presence)
            .AddSingleton<IEventJournal>(_ => new SqliteEventJournal(new SqliteJournalOptions { Path = Path.Combine(_directory, "journal.db") }))
            .AddGrainRuntime()
            .AddGrain<IConsultationGrain, ConsultationGrain>();
        services.AddOptions<ConsultationGrainOptions>().Configure(o => (o.OrganizerKey, o.TokenSigningKey) = (OrganizerKey, "token-signing-key-for-wall-tests-0123456789"));
        if (withWall)
        {
            services.AddSingleton(Notifier).AddSingleton<IWallNotifier>(Notifier)
                .AddSingleton<RecordingWallFeed>().AddSingleton<IWallFeed>(sp => sp.GetRequiredService<RecordingWallFeed>())
                .AddWall();
        }
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    public RecordingWallNotifier Notifier { get; } = new();

    public RecordingWallFeed Feed => _services.GetRequiredService<RecordingWallFeed>();

    public IWallGrain Wall => Factory.GetGrain<IWallGrain>(IWallGrain.Key);

    public IGrainFactory Factory => _services.GetRequiredService<IGrainFactory>();

    /// <summary>Creates a consultation and joins <paramref name="people"/> connected participants, one per stakeholder group in turn.</summary>
    public async Task<WallConsultation> CreateAsync(string id, int people = 3, Visibility visibility = Visibility.Public, bool start = true)
    {
        var grain = Factory.GetGrain<IConsultationGrain>(id);
        var settings = new ConsultationSettings { Title = $"Consultation {id}", Region = "Africa", TimeZone = "Africa/Nairobi", Visibility = visibility };
        var created = await grain.CreateAsync(OrganizerKey, settings);
        Assert.True(created.Outcome.Accepted, created.Outcome.Message);
        var tokens = new List<string>();
        for (var i = 0; i < people; i++)
        {
            var group = Enum.GetValues<StakeholderGroup>()[i % 6];
            var joined = await grain.JoinAsync(null, new JoinRequest(created.JoinCode, $"Person {i + 1} of {id}", null, group, "KE"));
            Assert.True(joined.Outcome.Accepted, joined.Outcome.Message);
            Presence.Connect(id, joined.ParticipantId!);
            await Accepted(grain.ExecuteAsync(joined.Token, new Connect(joined.ParticipantId!)));
            tokens.Add(joined.Token!);
        }
        if (start)
        {
            await Accepted(grain.ExecuteAsync(created.ModeratorKey, new StartConsultation()));
        }
        return new WallConsultation(id, grain, created.ModeratorKey!, tokens);
    }

    public static async Task<CommandOutcome> Accepted(Task<CommandOutcome> command)
    {
        var outcome = await command;
        Assert.True(outcome.Accepted, $"{outcome.Code}: {outcome.Message}");
        return outcome;
    }

    public async ValueTask DisposeAsync()
    {
        await _services.GetRequiredService<GrainRuntime>().StopAsync(CancellationToken.None);
        await _services.DisposeAsync();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp file is harmless.
        }
    }
}
