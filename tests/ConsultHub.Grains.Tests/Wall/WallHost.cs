using ConsultHub.Domain.Commands;
using ConsultHub.Domain.Model;
using ConsultHub.Grains.Consultations;
using ConsultHub.Grains.Tests.Consultations;
using ConsultHub.Grains.Tests.Hosting;
using ConsultHub.Grains.Wall;
using ConsultHub.Storage;
using ConsultHub.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultHub.Grains.Tests.Wall;

/// <summary>
/// Consultation grains on an Orleans test silo with real time and a real SQLite journal in a
/// temporary file, with the wall registered as production registers it (unless <c>withWall</c> is
/// false), a recording feed between the consultation grains and the wall grain, and a recording
/// observer subscribed with the wall as the silo's. People the host joins are connected first, as the hub does, and the
/// host subscribes as the one silo, so presence stays as reported.
/// </summary>
public sealed class WallHost : IAsyncDisposable
{
    public const string OrganizerKey = "organizer-key-for-wall-tests-0123456789";

    private readonly RecordingNotifier _observer = new();
    private TestSilo _silo = null!;

    private WallHost()
    {
    }

    public FakePresence Presence { get; } = new();

    public RecordingWallNotifier Notifier { get; } = new();

    public RecordingWallFeed Feed => _silo.Services.GetRequiredService<RecordingWallFeed>();

    public IWallGrain Wall => Factory.GetGrain<IWallGrain>(IWallGrain.Key);

    public IGrainFactory Factory => _silo.Grains;

    public TestSilo Silo => _silo;

    public static async Task<WallHost> StartAsync(bool withWall = true)
    {
        var host = new WallHost();
        host._silo = await TestSilo.StartAsync((services, directory) => host.Configure(services, directory, withWall), fakeTime: false);
        if (withWall)
        {
            await host.Notifier.SubscribeAsync(host.Factory);
        }
        return host;
    }

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
            await Accepted(grain.NoticePresenceAsync(joined.Token, Presence.Connect(id, joined.ParticipantId!)));
            tokens.Add(joined.Token!);
        }
        await grain.SubscribeAsync(Factory.CreateObjectReference<IConsultationObserver>(_observer), Presence.Report(id), null);
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

    public ValueTask DisposeAsync() => _silo.DisposeAsync();

    private void Configure(IServiceCollection services, string directory, bool withWall)
    {
        services.AddSingleton<IEventJournal>(_ => new SqliteEventJournal(new SqliteJournalOptions { Path = Path.Combine(directory, "journal.db") }));
        services.AddOptions<ConsultationGrainOptions>().Configure(o =>
        {
            (o.OrganizerKey, o.TokenSigningKey) = (OrganizerKey, "token-signing-key-for-wall-tests-0123456789");
            o.SubscriptionExpiry = TimeSpan.FromDays(1);
        });
        if (withWall)
        {
            services.AddSingleton<RecordingWallFeed>().AddSingleton<IWallFeed>(sp => sp.GetRequiredService<RecordingWallFeed>())
                .AddWall();
        }
    }
}
