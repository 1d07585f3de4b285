using ConsultHub.Domain.Commands;
using ConsultHub.Domain.Events;
using ConsultHub.Domain.Model;
using ConsultHub.Grains.Consultations;

namespace ConsultHub.Grains.Tests.Consultations;

/// <summary>A batch of callers' commands runs as if one after the other, with one append.</summary>
public sealed class ConsultationGrainBatchTests : StartedRoom
{
    [Fact]
    public async Task Batch_DecidesInOrder_EachGetsItsOwnOutcome_OneAppend()
    {
        var version = (await Room.ModeratorViewAsync()).Version;
        var appends = Host.Journal.AppendCalls;
        var published = Host.Notifier.Events.Count;

        var outcomes = await Room.Grain.ExecuteBatchAsync(
        [
            new(Alice.Token, new RaiseHand(HandIntent.Speak)),
            new(Alice.Token, new RaiseHand(HandIntent.Reply)),
            new(Bob.Token, new PostPoint(PointKind.Recommendation, "Fund the registry")),
            new(Bob.Token, new Join("u-x", "code", "Mallory", null, StakeholderGroup.Other, null, "hash")),
            new("not-a-token", new RaiseHand(HandIntent.Speak)),
            new(Bob.Token, new RaiseHand(HandIntent.PointOfOrder)),
        ]);

        Assert.Equal([true, false, true, false, false, true], outcomes.Select(o => o.Accepted));
        Assert.Equal(["conflict", "invalid", "forbidden"], outcomes.Where(o => !o.Accepted).Select(o => o.Code));
        Assert.Equal([version + 1, version + 2, version + 3], outcomes.Where(o => o.Accepted).Select(o => o.Version));
        Assert.NotNull(outcomes[2].Id);
        Assert.Contains(outcomes[2].Id, (await Room.ModeratorViewAsync()).Points.Select(p => p.Id));
        Assert.Equal(appends + 1, Host.Journal.AppendCalls);
        Assert.Equal(["hand-raised", "point-posted", "hand-raised"], Host.Notifier.Events.Skip(published).Select(e => e.For(Domain.Views.Audience.Moderator).Type));
        Assert.Equal([Bob.Id, Alice.Id], (await Room.ModeratorViewAsync()).Queue.Select(h => h.ParticipantId));
        Assert.Equal(version + 3, (await Host.LoadFromJournalAsync(Room.Id)).Version);
    }

    [Fact]
    public async Task Batch_OneByOne_AndTogether_EndInTheSameState()
    {
        await using var other = await ConsultationHost.StartAsync();
        var twin = await other.CreateAsync();
        var (alice, bob) = (await twin.JoinConnectedAsync("Alice"), await twin.JoinConnectedAsync("Bob", StakeholderGroup.Academia));
        await twin.ModerateAsync(new StartConsultation());
        BatchedCommand[] Script(TestConsultation c, TestParticipant a, TestParticipant b) =>
        [
            new(a.Token, new RaiseHand(HandIntent.Speak)),
            new(b.Token, new RaiseHand(HandIntent.Speak)),
            new(c.ModeratorKey, new GiveFloor(null)),
            new(b.Token, new PostPoint(PointKind.Question, "Who pays?")),
            new(a.Token, new LowerHand()),
            new(c.ModeratorKey, new EndTurn()),
        ];

        var together = await Room.Grain.ExecuteBatchAsync(Script(Room, Alice, Bob));
        var alone = new List<CommandOutcome>();
        foreach (var command in Script(twin, alice, bob))
        {
            alone.Add(await twin.Grain.ExecuteAsync(command.Credential, command.Command));
        }

        Assert.Equal(alone.Select(o => (o.Accepted, o.Code, o.Version)), together.Select(o => (o.Accepted, o.Code, o.Version)));
        var (mine, theirs) = (await Room.ModeratorViewAsync(), await twin.ModeratorViewAsync());
        Assert.Equal(theirs.Queue.Count, mine.Queue.Count);
        Assert.Equal(theirs.Points.Count, mine.Points.Count);
        Assert.Equal(theirs.Version, mine.Version);
    }

    [Fact]
    public async Task Batch_WhenStorageFails_AnswersEveryCommandUnavailable_AndChangesNothing()
    {
        var before = await Room.StateJsonAsync();
        var published = Host.Notifier.Events.Count;
        Host.Journal.FailAppends = true;

        var outcomes = await Room.Grain.ExecuteBatchAsync(
        [
            new(Alice.Token, new RaiseHand(HandIntent.Speak)),
            new(Alice.Token, new RaiseHand(HandIntent.Speak)),
            new(Bob.Token, new PostPoint(PointKind.Observation, "Noted")),
        ]);
        Host.Journal.FailAppends = false;

        Assert.All(outcomes, o => Assert.Equal(CommandOutcome.Unavailable, o.Code));
        Assert.Equal(published, Host.Notifier.Events.Count);
        Assert.Equal(before, await Room.StateJsonAsync());
    }

    [Fact]
    public async Task LargeBatch_IsWrittenInAppendsOfAtMost32Events()
    {
        var people = new List<TestParticipant>();
        for (var i = 0; i < 40; i++)
        {
            people.Add(await Room.JoinAsync($"Person {i}"));
        }
        var appends = Host.Journal.AppendCalls;

        var outcomes = await Room.Grain.ExecuteBatchAsync([.. people.Select(p => new BatchedCommand(p.Token, new RaiseHand(HandIntent.Speak)))]);

        Assert.All(outcomes, o => Assert.True(o.Accepted, o.ToString()));
        Assert.Equal(appends + 2, Host.Journal.AppendCalls);
        Assert.Equal(people.Select(p => p.Id), (await Room.ModeratorViewAsync()).Queue.Select(h => h.ParticipantId));
        Assert.Equal(outcomes[^1].Version, (await Host.LoadFromJournalAsync(Room.Id)).Version);
    }
}
