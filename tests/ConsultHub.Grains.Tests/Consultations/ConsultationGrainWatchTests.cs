using ConsultHub.Domain.Commands;
using ConsultHub.Domain.Model;
using ConsultHub.Domain.Views;

namespace ConsultHub.Grains.Tests.Consultations;

public sealed class ConsultationGrainWatchTests
{
    [Fact]
    public async Task Watch_FromRecentVersion_ReturnsOnlyTheMissedEvents()
    {
        await using var host = await ConsultationHost.StartAsync();
        var consultation = await host.CreateAsync();
        var alice = await consultation.JoinAsync("Alice");
        var since = (await consultation.WatchAsync(alice.Token)).Version;
        await consultation.ExecuteAsync(alice, new RaiseHand(HandIntent.Speak)).ShouldBeAcceptedAsync();
        await consultation.ExecuteAsync(alice, new PostPoint(PointKind.Question, "Who funds this?")).ShouldBeAcceptedAsync();
        await consultation.ModerateAsync(new StartConsultation());

        var resumed = await consultation.WatchAsync(alice.Token, since);

        Assert.Null(resumed.View);
        Assert.Equal(since + 3, resumed.Version);
        Assert.Equal(Audience.Participant, resumed.Audience);
        Assert.Equal([since + 1, since + 2, since + 3], resumed.Events!.Select(e => e.Version));
        Assert.Equal(["hand-raised", "point-posted", "consultation-started"], resumed.Events!.Select(e => e.Type));
        Assert.All(resumed.Events!, e => Assert.Equal(consultation.Id, e.ConsultationId));
    }

    [Fact]
    public async Task Watch_AtCurrentVersion_ReturnsNoEventsAndNoView()
    {
        await using var host = await ConsultationHost.StartAsync();
        var consultation = await host.CreateAsync();
        var version = (await consultation.WatchAsync(null)).Version;

        var resumed = await consultation.WatchAsync(null, version);

        Assert.Null(resumed.View);
        Assert.Empty(resumed.Events!);
    }

    [Fact]
    public async Task Watch_ObserverResuming_GetsPrivateForPendingPointsAndNeverHiddenText()
    {
        await using var host = await ConsultationHost.StartAsync();
        var consultation = await host.CreateAsync(configure: s => s with { ModerationMode = ModerationMode.Premoderated });
        var alice = await consultation.JoinAsync("Alice");
        var since = (await consultation.WatchAsync(null)).Version;
        var hidden = (await consultation.ExecuteAsync(alice, new PostPoint(PointKind.Challenge, "Name and shame the ministry"))
            .ShouldBeAcceptedAsync()).Id!;
        var approved = (await consultation.ExecuteAsync(alice, new PostPoint(PointKind.Recommendation, "Publish the annex"))
            .ShouldBeAcceptedAsync()).Id!;
        await consultation.ModerateAsync(new HidePoint(hidden, "personal attack"));
        await consultation.ModerateAsync(new ApprovePoint(approved));

        var observer = await consultation.WatchAsync(null, since);
        var moderator = await consultation.WatchAsync(consultation.ModeratorKey, since);

        Assert.Equal(Audience.Observer, observer.Audience);
        Assert.Equal(["private", "private", "point-hidden", "point-approved"], observer.Events!.Select(e => e.Type));
        Assert.Null(observer.Events![0].Data);
        Assert.Null(observer.Events[1].Data);
        var observed = TestConsultation.Json(observer.Events);
        Assert.DoesNotContain("Name and shame", observed, StringComparison.Ordinal);
        Assert.DoesNotContain("personal attack", observed, StringComparison.Ordinal);
        Assert.Contains("Publish the annex", observed, StringComparison.Ordinal);
        Assert.Equal(["point-posted", "point-posted", "point-hidden", "point-approved"], moderator.Events!.Select(e => e.Type));
        Assert.Contains("Name and shame", TestConsultation.Json(moderator.Events), StringComparison.Ordinal);
        Assert.DoesNotContain("Name and shame", TestConsultation.Json((await consultation.WatchAsync(null)).View), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Watch_ResumingAcrossAHide_NeverReplaysTheHiddenText()
    {
        await using var host = await ConsultationHost.StartAsync();
        var consultation = await host.CreateAsync();
        var alice = await consultation.JoinAsync("Alice");
        var since = (await consultation.WatchAsync(null)).Version;
        var point = (await consultation.ExecuteAsync(alice, new PostPoint(PointKind.Challenge, "Name and shame the ministry"))
            .ShouldBeAcceptedAsync()).Id!;
        await consultation.ModerateAsync(new HidePoint(point));

        var observer = await consultation.WatchAsync(null, since);
        var participant = await consultation.WatchAsync(alice.Token, since);

        Assert.DoesNotContain("Name and shame", TestConsultation.Json(observer), StringComparison.Ordinal);
        Assert.DoesNotContain("Name and shame", TestConsultation.Json(participant), StringComparison.Ordinal);
        Assert.Equal(since + 2, observer.Version);
        Assert.Contains("Name and shame", TestConsultation.Json(await consultation.WatchAsync(consultation.ModeratorKey, since)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Watch_ResumingAfterTheTextWasSeen_StillGetsOnlyTheHide()
    {
        await using var host = await ConsultationHost.StartAsync();
        var consultation = await host.CreateAsync();
        var alice = await consultation.JoinAsync("Alice");
        var point = (await consultation.ExecuteAsync(alice, new PostPoint(PointKind.Challenge, "Name and shame the ministry"))
            .ShouldBeAcceptedAsync()).Id!;
        var since = (await consultation.WatchAsync(null)).Version;
        await consultation.ModerateAsync(new HidePoint(point, "personal attack"));

        var observer = await consultation.WatchAsync(null, since);

        Assert.Null(observer.View);
        var hide = Assert.Single(observer.Events!);
        Assert.Equal(new PointRefView(point), hide.Data);
    }

    [Fact]
    public async Task Watch_ObserverWithKeyOnPrivateConsultation_GetsTheObserverShape()
    {
        await using var host = await ConsultationHost.StartAsync();
        var consultation = await host.CreateAsync(configure: s => s with { ModerationMode = ModerationMode.Premoderated, Visibility = Visibility.Private });
        var alice = await consultation.JoinAsync("Alice");
        var since = (await consultation.WatchAsync(consultation.ObserverKey)).Version;
        await consultation.ExecuteAsync(alice, new PostPoint(PointKind.Question, "Pending question")).ShouldBeAcceptedAsync();

        var observer = await consultation.WatchAsync(consultation.ObserverKey, since);

        Assert.Equal(Role.Observer, observer.Role);
        var only = Assert.Single(observer.Events!);
        Assert.Equal(("private", (object?)null), (only.Type, only.Data));
        Assert.DoesNotContain("Pending question", TestConsultation.Json(observer.Events), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Watch_FromVersionOlderThanTheResumeWindow_ReturnsTheFullView()
    {
        await using var host = await ConsultationHost.StartAsync(options => options.ResumeWindow = 4);
        var consultation = await host.CreateAsync();
        var alice = await consultation.JoinAsync("Alice");
        var since = (await consultation.WatchAsync(alice.Token)).Version;
        for (var n = 0; n < 5; n++)
        {
            await consultation.ExecuteAsync(alice, new PostPoint(PointKind.Observation, $"Point {n}")).ShouldBeAcceptedAsync();
        }

        var stale = await consultation.WatchAsync(alice.Token, since);
        var recent = await consultation.WatchAsync(alice.Token, since + 1);

        Assert.Null(stale.Events);
        Assert.Equal(since + 5, stale.View!.Version);
        Assert.Equal(5, stale.View.Points.Count);
        Assert.Null(recent.View);
        Assert.Equal(4, recent.Events!.Count);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1_000)]
    public async Task Watch_FromVersionNotInTheConsultation_ReturnsTheFullView(long offset)
    {
        await using var host = await ConsultationHost.StartAsync();
        var consultation = await host.CreateAsync();
        await consultation.JoinAsync("Alice");
        var version = (await consultation.WatchAsync(null)).Version;

        var watched = await consultation.WatchAsync(null, offset < 0 ? offset : version + offset);

        Assert.Null(watched.Events);
        Assert.Equal(version, watched.View!.Version);
    }

    [Fact]
    public async Task Watch_AfterReactivation_ResumesFromTheReplayedJournalTail()
    {
        await using var host = await ConsultationHost.StartAsync();
        var consultation = await host.CreateAsync();
        var alice = await consultation.JoinAsync("Alice");
        var since = (await consultation.WatchAsync(null)).Version;
        await consultation.ExecuteAsync(alice, new RaiseHand(HandIntent.Speak)).ShouldBeAcceptedAsync();

        await host.RestartAsync();
        var watched = await consultation.WatchAsync(null, since);

        Assert.Null(watched.View);
        var resumed = Assert.Single(watched.Events!);
        Assert.Equal((since + 1, "hand-raised"), (resumed.Version, resumed.Type));
        Assert.Equal([alice.Id], resumed.Queue!.Select(h => h.ParticipantId));
    }
}
