using ConsultHub.Domain.Commands;
using ConsultHub.Domain.Model;

namespace ConsultHub.Grains.Tests.Consultations;

public sealed class ConsultationGrainDurabilityTests
{
    [Theory]
    [InlineData(200)]
    [InlineData(4)]
    public async Task Reactivation_ReplaysJournal(int snapshotEvery)
    {
        await using var host = await ConsultationHost.StartAsync(options => options.SnapshotEvery = snapshotEvery);
        var consultation = await host.CreateAsync(configure: s => s with { Themes = ["data sharing", "capacity building"] });
        var (alice, bob, carol) = await ArrangeBusyRoomAsync(consultation);
        var before = await CaptureAsync(consultation, alice);

        await host.RestartAsync();

        var after = await CaptureAsync(consultation, alice);
        Assert.Equal(before, after);
        Assert.Equal((await host.ReadJournalAsync(consultation.Id)).Count, before.Version);
        Assert.Contains(bob.Id, before.Moderator);
        Assert.Contains(carol.Id, before.Moderator);
    }

    [Fact]
    public async Task Reactivation_FromSnapshotPlusLaterEvents_RestoresTheSameState()
    {
        await using var host = await ConsultationHost.StartAsync(options => options.SnapshotEvery = 4);
        var consultation = await host.CreateAsync(configure: s => s with { Themes = ["data sharing", "capacity building"] });
        var (alice, _, _) = await ArrangeBusyRoomAsync(consultation);
        var before = await CaptureAsync(consultation, alice);

        var snapshot = await host.Journal.ReadSnapshotAsync(consultation.Id);
        await host.RestartAsync();

        Assert.NotNull(snapshot);
        Assert.InRange(snapshot.Version, 1, before.Version - 1);
        Assert.Equal(before, await CaptureAsync(consultation, alice));
    }

    [Fact]
    public async Task Reactivation_ThenMoreCommands_ContinuesFromTheReplayedVersion()
    {
        await using var host = await ConsultationHost.StartAsync(options => options.SnapshotEvery = 3);
        var consultation = await host.CreateAsync();
        var alice = await consultation.JoinConnectedAsync("Alice");
        await consultation.ExecuteAsync(alice, new PostPoint(PointKind.Observation, "One")).ShouldBeAcceptedAsync();
        var version = (await consultation.ModeratorViewAsync()).Version;

        await host.RestartAsync();
        var next = await consultation.ExecuteAsync(alice, new PostPoint(PointKind.Question, "Two")).ShouldBeAcceptedAsync();

        Assert.Equal(version + 1, next.Version);
        Assert.Equal("P2", next.Id);
        Assert.Equal(Enumerable.Range(1, (int)next.Version).Select(v => (long)v), (await host.ReadJournalAsync(consultation.Id)).Select(r => r.Version));
    }

    [Fact]
    public async Task Snapshot_AcrossReactivations_KeepsReplayWithinSnapshotEvery()
    {
        const int every = 4;
        await using var host = await ConsultationHost.StartAsync(options => options.SnapshotEvery = every);
        var consultation = await host.CreateAsync();
        var alice = await consultation.JoinAsync("Alice");

        for (var round = 0; round < 4; round++)
        {
            await consultation.ExecuteAsync(alice, new RaiseHand(HandIntent.Speak)).ShouldBeAcceptedAsync();
            await consultation.ExecuteAsync(alice, new LowerHand()).ShouldBeAcceptedAsync();
            await host.RestartAsync();

            var head = (await host.ReadJournalAsync(consultation.Id)).Count;
            var snapshot = await host.Journal.ReadSnapshotAsync(consultation.Id);
            Assert.True(head - (snapshot?.Version ?? 0) <= every, $"Activation would replay {head - (snapshot?.Version ?? 0)} events (head {head}, snapshot {snapshot?.Version}).");
        }
    }

    [Fact]
    public async Task NothingAcknowledgedBeforeDurable()
    {
        await using var host = await ConsultationHost.StartAsync();
        var consultation = await host.CreateAsync();
        var alice = await consultation.JoinAsync("Alice");
        var journaled = (await host.ReadJournalAsync(consultation.Id)).Count;

        var appending = host.Journal.HoldAppends();
        var raising = consultation.ExecuteAsync(alice, new RaiseHand(HandIntent.Speak));
        await appending.WaitAsync(TimeSpan.FromSeconds(10));

        // A grain that did not wait for the append would finish its turn now; give it the chance.
        await Task.Delay(50);

        Assert.False(raising.IsCompleted, "The command was acknowledged before the journal took its events.");
        Assert.DoesNotContain(host.Notifier.Events, e => e.Version > journaled);
        host.Journal.ReleaseAppends();
        var outcome = await raising.ShouldBeAcceptedAsync();

        var records = await host.ReadJournalAsync(consultation.Id);
        Assert.Equal(outcome.Version, records[^1].Version);
        Assert.Equal(journaled + 1, records.Count);
        Assert.Equal("hand-raised", records[^1].Type);
        Assert.Contains(alice.Id, records[^1].Data);
    }

    [Fact]
    public async Task RefusedCommand_WritesNothing()
    {
        await using var host = await ConsultationHost.StartAsync();
        var consultation = await host.CreateAsync();
        var alice = await consultation.JoinAsync("Alice");
        var records = (await host.ReadJournalAsync(consultation.Id)).Count;
        var published = host.Notifier.Events.Count;

        var outcome = await consultation.ExecuteAsync(alice, new PostPoint(PointKind.Question, "   ")).ShouldBeRefusedAsync("invalid");

        Assert.Equal(records, outcome.Version);
        Assert.Equal(records, (await host.ReadJournalAsync(consultation.Id)).Count);
        Assert.Equal(published, host.Notifier.Events.Count);
    }

    [Fact]
    public async Task Idle_Collected_ReactivatesWithTheSameState()
    {
        await using var host = await ConsultationHost.StartAsync();
        var consultation = await host.CreateAsync();
        var alice = await consultation.JoinConnectedAsync("Alice");
        await consultation.ExecuteAsync(alice, new RaiseHand(HandIntent.Reply)).ShouldBeAcceptedAsync();
        await consultation.ExecuteAsync(alice, new PostPoint(PointKind.Recommendation, "Fund capacity building")).ShouldBeAcceptedAsync();
        var before = await CaptureAsync(consultation, alice);
        var published = host.Notifier.Events.Count;

        await host.Silo.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);

        Assert.Equal(0, await host.ActivationCountAsync());
        Assert.Equal(before, await CaptureAsync(consultation, alice));
        Assert.Equal(1, await host.ActivationCountAsync());
        Assert.Equal(published, host.Notifier.Events.Count);
    }

    /// <summary>A room with people, hands of every intent, points, votes, a poll, a ledger entry and a running turn.</summary>
    private static async Task<(TestParticipant Alice, TestParticipant Bob, TestParticipant Carol)> ArrangeBusyRoomAsync(TestConsultation consultation)
    {
        var alice = await consultation.JoinConnectedAsync("Alice", StakeholderGroup.CivilSociety);
        var bob = await consultation.JoinConnectedAsync("Bob", StakeholderGroup.Academia);
        var carol = await consultation.JoinAsync("Carol", StakeholderGroup.PrivateSector, country: "BR");
        await consultation.ModerateAsync(new StartConsultation());
        await consultation.ExecuteAsync(alice, new RaiseHand(HandIntent.Speak)).ShouldBeAcceptedAsync();
        await consultation.ExecuteAsync(bob, new RaiseHand(HandIntent.PointOfOrder)).ShouldBeAcceptedAsync();
        await consultation.ExecuteAsync(carol, new RaiseHand(HandIntent.Reply)).ShouldBeAcceptedAsync();
        var p1 = (await consultation.ExecuteAsync(alice, new PostPoint(PointKind.Recommendation, "Open data by default", "data sharing")).ShouldBeAcceptedAsync()).Id!;
        var p2 = (await consultation.ExecuteAsync(bob, new PostPoint(PointKind.Challenge, "Who pays for it?")).ShouldBeAcceptedAsync()).Id!;
        var p3 = (await consultation.ExecuteAsync(carol, new PostPoint(PointKind.Recommendation, "Open data by default!")).ShouldBeAcceptedAsync()).Id!;
        await consultation.ExecuteAsync(bob, new Upvote(p1)).ShouldBeAcceptedAsync();
        await consultation.ExecuteAsync(carol, new Upvote(p3)).ShouldBeAcceptedAsync();
        await consultation.ModerateAsync(new MergePoints(p3, p1, "duplicate"));
        await consultation.ModerateAsync(new PinPoint(p2));
        var poll = (await consultation.ModerateAsync(new OpenPoll("Adopt article 4?", ["yes", "no", "abstain"]))).Id!;
        await consultation.ExecuteAsync(alice, new Vote(poll, 0)).ShouldBeAcceptedAsync();
        await consultation.ExecuteAsync(bob, new Vote(poll, 2)).ShouldBeAcceptedAsync();
        await consultation.ModerateAsync(new GiveFloor());
        return (alice, bob, carol);
    }

    private static async Task<Captured> CaptureAsync(TestConsultation consultation, TestParticipant participant)
    {
        var moderator = await consultation.WatchAsync(consultation.ModeratorKey);
        var mine = await consultation.WatchAsync(participant.Token);
        var observer = await consultation.WatchAsync(null);
        return new Captured(
            moderator.Version,
            await consultation.StateJsonAsync(),
            TestConsultation.Json(moderator.View),
            TestConsultation.Json(mine.View),
            TestConsultation.Json(observer.View));
    }

    private sealed record Captured(long Version, string State, string Moderator, string Participant, string Observer);
}
