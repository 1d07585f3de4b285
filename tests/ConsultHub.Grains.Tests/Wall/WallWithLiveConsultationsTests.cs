using System.Diagnostics;
using ConsultHub.Domain.Commands;
using ConsultHub.Domain.Model;
using ConsultHub.Grains.Wall;
using Xunit.Abstractions;

namespace ConsultHub.Grains.Tests.Wall;

/// <summary>The wall fed by real consultation grains on a real journal and the real clock.</summary>
public sealed class WallWithLiveConsultationsTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);
    private WallHost _host = null!;

    public async Task InitializeAsync() => _host = await WallHost.StartAsync();

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    [Fact]
    public async Task TwentyLiveConsultations_AllAppearOnTheWall_AndTheirUpdatesArrive()
    {
        var all = await CreateLiveAsync(20);

        await ReportedAtLatestVersionAsync(all);
        Assert.Equal(all.Select(c => c.Id).Order(), (await _host.Wall.GetSnapshotAsync()).Consultations.Select(e => e.ConsultationId).Order());

        await Task.WhenAll(all.Select(c => c.AsParticipantAsync(0, new RaiseHand(HandIntent.Speak))));

        await _host.Notifier.WhenAsync(_ => all.All(c => _host.Notifier.Latest().GetValueOrDefault(c.Id)?.HandsRaised == 1), Timeout);
        Assert.All((await _host.Wall.GetSnapshotAsync()).Consultations, e => Assert.Equal(1, e.HandsRaised));
    }

    [Fact]
    public async Task BurstOf100CommandsInEachOf20Consultations_IsReportedFarFewerThan100TimesEach()
    {
        var all = await CreateLiveAsync(20);
        await ReportedAtLatestVersionAsync(all);
        var reportsBefore = all.ToDictionary(c => c.Id, c => _host.Feed.CountFor(c.Id));
        // Pushes reach the silo's observer one-way, a moment after the wall sent them: count from a quiet wall.
        await _host.Notifier.SettleAsync(TimeSpan.FromMilliseconds(300));
        var pushesBefore = _host.Notifier.Updates.Count;

        var clock = Stopwatch.StartNew();
        await Task.WhenAll(all.Select(async c =>
        {
            for (var i = 0; i < 100; i++)
            {
                await c.AsParticipantAsync(i % 3, i / 3 % 2 == 0 ? new RaiseHand(HandIntent.Speak) : new LowerHand());
            }
        }));
        var burst = clock.Elapsed;
        await ReportedAtLatestVersionAsync(all);
        // Reports and pushes go on until the wall has the last versions: that whole span is what they are counted over.
        var counted = clock.Elapsed;

        var reports = all.Select(c => _host.Feed.CountFor(c.Id) - reportsBefore[c.Id]).ToList();
        var pushes = _host.Notifier.Updates.Count - pushesBefore;
        output.WriteLine($"100 commands x 20 consultations in {burst.TotalMilliseconds:F0} ms, on the wall after {counted.TotalMilliseconds:F0} ms: {reports.Min()}..{reports.Max()} reports per consultation, {pushes} pushes to watchers.");
        var allowed = (int)(counted / TimeSpan.FromMilliseconds(500)) + 2;
        Assert.All(reports, n => Assert.InRange(n, 1, Math.Min(allowed, 20)));
        Assert.InRange(pushes, 1, (int)(counted / TimeSpan.FromMilliseconds(250)) + 3);
    }

    [Fact]
    public async Task Closing_TakesTheConsultationOffTheWall()
    {
        var all = await CreateLiveAsync(2);
        await ReportedAtLatestVersionAsync(all);

        await all[0].ModerateAsync(new CloseConsultation());

        await _host.Notifier.WhenAsync(_ => _host.Notifier.Latest()[all[0].Id].Status == ConsultationStatus.Closed, Timeout);
        Assert.Equal([all[1].Id], (await _host.Wall.GetSnapshotAsync()).Consultations.Select(e => e.ConsultationId));
    }

    [Fact]
    public async Task ScheduledAndPrivateConsultations_NeverAppear()
    {
        var hidden = await _host.CreateAsync("c-private", visibility: Visibility.Private);
        var scheduled = await _host.CreateAsync("c-scheduled", start: false);
        var shown = await CreateLiveAsync(1);
        await hidden.AsParticipantAsync(0, new RaiseHand(HandIntent.Speak));
        await scheduled.AsParticipantAsync(0, new RaiseHand(HandIntent.Speak));

        await ReportedAtLatestVersionAsync(shown);

        Assert.Equal([shown[0].Id], (await _host.Wall.GetSnapshotAsync()).Consultations.Select(e => e.ConsultationId));
        Assert.DoesNotContain(_host.Feed.Reports, r => r.ConsultationId is "c-private" or "c-scheduled");
    }

    [Fact]
    public async Task Headline_ShowsPeopleByGroup_HandsTheSpeakerAndTheTopThreeVisiblePoints()
    {
        var c = await _host.CreateAsync("c-headline", people: 4);
        await c.AsParticipantAsync(1, new RaiseHand(HandIntent.Speak));
        await c.AsParticipantAsync(2, new RaiseHand(HandIntent.Reply));
        await c.ModerateAsync(new GiveFloor(null)); // the reply lane goes first
        var ids = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            ids.Add((await c.AsParticipantAsync(3, new PostPoint(PointKind.Recommendation, $"Point {i} " + new string('x', 300), null))).Id!);
        }
        await c.AsParticipantAsync(0, new Upvote(ids[3]));
        await c.AsParticipantAsync(1, new Upvote(ids[3]));
        await c.AsParticipantAsync(0, new Upvote(ids[2]));
        await c.ModerateAsync(new HidePoint(ids[2], null));

        await ReportedAtLatestVersionAsync([c]);
        var entry = (await _host.Wall.GetSnapshotAsync()).Consultations.Single();

        Assert.Equal(4, entry.Present);
        Assert.Equal(1, entry.PresentByGroup["civil-society"]);
        Assert.Equal(1, entry.HandsRaised);
        Assert.Equal("Person 3 of c-headline", entry.Speaker?.DisplayName);
        Assert.Equal([ids[3], ids[0], ids[1]], entry.TopPoints.Select(p => p.Id));
        Assert.Equal([2, 0, 0], entry.TopPoints.Select(p => p.Votes));
        Assert.All(entry.TopPoints, p => Assert.Equal(WallHeadline.MaxPointText, p.Text.Length));
    }

    [Fact]
    public async Task WithoutTheWall_ConsultationGrainsWorkAsBefore()
    {
        await using var host = await WallHost.StartAsync(withWall: false);

        var c = await host.CreateAsync("c-no-wall");
        await c.AsParticipantAsync(0, new RaiseHand(HandIntent.Speak));

        Assert.Equal(1, (await c.Grain.GetRecordAsync(c.ModeratorKey))!.Tallies.HandsRaised);
    }

    private async Task<IReadOnlyList<WallConsultation>> CreateLiveAsync(int count) =>
        await Task.WhenAll(Enumerable.Range(1, count).Select(i => _host.CreateAsync($"c-{i:00}")));

    /// <summary>Waits until the wall pushed every consultation at its current version: the latest value won.</summary>
    private async Task ReportedAtLatestVersionAsync(IReadOnlyList<WallConsultation> consultations)
    {
        var versions = new Dictionary<string, long>();
        foreach (var c in consultations)
        {
            versions[c.Id] = await c.VersionAsync();
        }
        await _host.Notifier.WhenAsync(_ =>
        {
            var latest = _host.Notifier.Latest();
            return versions.All(v => latest.TryGetValue(v.Key, out var e) && e.Version == v.Value);
        }, Timeout);
    }
}
