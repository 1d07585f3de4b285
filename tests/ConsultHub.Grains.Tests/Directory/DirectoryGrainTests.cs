using ConsultHub.Domain.Commands;
using ConsultHub.Domain.Model;
using ConsultHub.Grains.Consultations;
using ConsultHub.Grains.Directory;
using ConsultHub.Grains.Tests.Hosting;
using ConsultHub.Grains.Wall;
using ConsultHub.Storage;
using ConsultHub.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultHub.Grains.Tests.Directory;

public sealed class DirectoryGrainTests : IAsyncLifetime
{
    private const string OrganizerKey = "organizer-key-for-directory-tests-0123456789";
    private TestSilo _silo = null!;
    private int _journals;

    public async Task InitializeAsync() => _silo = await TestSilo.StartAsync(Configure);

    public async Task DisposeAsync() => await _silo.DisposeAsync();

    [Fact]
    public async Task Consultations_AreListedWithTheirCounts_AsTheyChange()
    {
        var (grain, keys) = await CreateAsync("open", Visibility.Public);
        var joined = await grain.JoinAsync(null, new JoinRequest(keys.JoinCode, "Amina", null, StakeholderGroup.CivilSociety, "KE"));
        await grain.ExecuteAsync(keys.ModeratorKey, new StartConsultation());
        await CreateAsync("closed-door", Visibility.Private);

        var listed = await UntilListedAsync(l => l.Count == 2 && l.Single(x => x.Id == "open") is { Status: ConsultationStatus.Live, Participants: 1 });

        var open = listed.Single(l => l.Id == "open");
        Assert.Equal(("Consultation open", "Africa", "Africa/Nairobi", Visibility.Public, 0), (open.Title, open.Region, open.TimeZone, open.Visibility, open.Present));
        Assert.Equal(Visibility.Private, listed.Single(l => l.Id == "closed-door").Visibility);
        Assert.NotNull(joined.ParticipantId);
    }

    [Fact]
    public async Task Restart_RestoresDirectoryAndWall()
    {
        var (grain, keys) = await CreateAsync("live", Visibility.Public);
        await grain.ExecuteAsync(keys.ModeratorKey, new StartConsultation());
        await UntilListedAsync(l => l.Any(x => x.Id == "live" && x.Status == ConsultationStatus.Live));
        var wall = _silo.Grains.GetGrain<IWallGrain>(IWallGrain.Key);
        _silo.Time.Advance(TimeSpan.FromSeconds(1));
        await UntilAsync(async () => (await wall.GetSnapshotAsync()).Consultations.Count == 1);
        _silo.Time.Advance(TimeSpan.FromSeconds(1));
        await wall.GetSnapshotAsync();

        // The new silo gets an empty journal: whatever it lists comes from Orleans grain storage alone.
        await _silo.RestartAsync();

        var listed = Assert.Single(await _silo.Grains.GetGrain<IDirectoryGrain>(IDirectoryGrain.Key).ListAsync());
        Assert.Equal(("live", ConsultationStatus.Live), (listed.Id, listed.Status));
        var entry = Assert.Single((await _silo.Grains.GetGrain<IWallGrain>(IWallGrain.Key).GetSnapshotAsync()).Consultations);
        Assert.Equal(("live", "Consultation live"), (entry.ConsultationId, entry.Title));
    }

    private async Task<(IConsultationGrain Grain, CreateResult Keys)> CreateAsync(string id, Visibility visibility)
    {
        var grain = _silo.Grains.GetGrain<IConsultationGrain>(id);
        var settings = new ConsultationSettings { Title = $"Consultation {id}", Region = "Africa", TimeZone = "Africa/Nairobi", Visibility = visibility };
        var created = await grain.CreateAsync(OrganizerKey, settings);
        Assert.True(created.Outcome.Accepted, created.Outcome.Message);
        return (grain, created);
    }

    private async Task<IReadOnlyList<DirectoryListing>> UntilListedAsync(Func<IReadOnlyList<DirectoryListing>, bool> condition)
    {
        IReadOnlyList<DirectoryListing> listed = [];
        await UntilAsync(async () => condition(listed = await _silo.Grains.GetGrain<IDirectoryGrain>(IDirectoryGrain.Key).ListAsync()));
        return listed;
    }

    private static async Task UntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The condition did not come true in time.");
            await Task.Delay(20);
        }
    }

    private void Configure(IServiceCollection services, string directory)
    {
        // A new journal file for every silo, so a restart keeps only what grain storage kept.
        var journal = Path.Combine(directory, $"journal-{Interlocked.Increment(ref _journals)}.db");
        services.AddSingleton<IEventJournal>(_ => new SqliteEventJournal(new SqliteJournalOptions { Path = journal }));
        services.AddOptions<ConsultationGrainOptions>().Configure(o =>
            (o.OrganizerKey, o.TokenSigningKey) = (OrganizerKey, "token-signing-key-for-directory-tests-0123456789"));
        services.AddWall();
    }
}
