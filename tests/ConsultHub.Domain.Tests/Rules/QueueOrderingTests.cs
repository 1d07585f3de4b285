using ConsultHub.Domain.Commands;
using ConsultHub.Domain.Model;
using ConsultHub.Domain.Rules;
using ConsultHub.Domain.Tests.Builders;

namespace ConsultHub.Domain.Tests.Rules;

public sealed class QueueOrderingTests
{
    private static IEnumerable<string> Queue(ConsultationBuilder b) => b.State.Queue.Select(h => h.ParticipantId);

    private static ConsultationBuilder Room(QueuePolicy policy) => ConsultationBuilder.Live(s => s with { QueuePolicy = policy })
        .Joined("cs-1", StakeholderGroup.CivilSociety, "KE")
        .Joined("cs-2", StakeholderGroup.CivilSociety, "NG")
        .Joined("ac-1", StakeholderGroup.Academia, "ZA")
        .Joined("ps-1", StakeholderGroup.PrivateSector, "EG");

    [Theory]
    [InlineData(QueuePolicy.Fifo)]
    [InlineData(QueuePolicy.Balanced)]
    [InlineData(QueuePolicy.FirstTime)]
    public void Lanes_PointsOfOrderThenRepliesThenSpeak_WhateverThePolicy(QueuePolicy policy)
    {
        var b = Room(policy)
            .HandRaised("cs-1", HandIntent.Speak).Advanced(1)
            .HandRaised("cs-2", HandIntent.Reply).Advanced(1)
            .HandRaised("ac-1", HandIntent.PointOfOrder).Advanced(1)
            .HandRaised("ps-1", HandIntent.Reply);

        Assert.Equal(["ac-1", "cs-2", "ps-1", "cs-1"], Queue(b));
    }

    [Fact]
    public void Fifo_FirstComeFirstServedInsideALane()
    {
        var b = Room(QueuePolicy.Fifo).Spoke("cs-1", 120)
            .HandRaised("ps-1").Advanced(1).HandRaised("cs-1").Advanced(1).HandRaised("ac-1");

        Assert.Equal(["ps-1", "cs-1", "ac-1"], Queue(b));
    }

    [Fact]
    public void Fifo_SameInstant_KeepsRaiseOrder()
    {
        var b = Room(QueuePolicy.Fifo).HandRaised("ps-1").HandRaised("cs-1").HandRaised("ac-1");

        Assert.Equal(["ps-1", "cs-1", "ac-1"], Queue(b));
    }

    [Fact]
    public void Balanced_PutsTheGroupWithTheLeastSpeakingTimeFirst()
    {
        var b = Room(QueuePolicy.Balanced).Spoke("cs-1", 120).Spoke("ac-1", 60)
            .HandRaised("cs-2").Advanced(1).HandRaised("ac-1").Advanced(1).HandRaised("ps-1");

        Assert.Equal(["ps-1", "ac-1", "cs-2"], Queue(b));
    }

    [Fact]
    public void Balanced_ReRanksAfterATurnEnds()
    {
        var b = Room(QueuePolicy.Balanced)
            .HandRaised("cs-1").Advanced(1).HandRaised("ac-1").Advanced(1).HandRaised("ps-1").Advanced(1).HandRaised("cs-2");
        Assert.Equal(["cs-1", "ac-1", "ps-1", "cs-2"], Queue(b));

        b.FloorGiven().Advanced(90).TurnEnded();

        // civil society now has 90 s; cs-2 drops behind the groups that have not spoken.
        Assert.Equal(["ac-1", "ps-1", "cs-2"], Queue(b));
    }

    [Fact]
    public void Balanced_AppliesOnlyToSpeakHands()
    {
        var b = Room(QueuePolicy.Balanced).Spoke("cs-1", 300)
            .HandRaised("cs-1", HandIntent.Reply).Advanced(1).HandRaised("ac-1", HandIntent.Reply);

        Assert.Equal(["cs-1", "ac-1"], Queue(b));
    }

    [Fact]
    public void FirstTime_PutsPeopleWhoHaveNotSpokenFirst()
    {
        var b = Room(QueuePolicy.FirstTime).Spoke("cs-1", 10).Spoke("ac-1", 10)
            .HandRaised("cs-1").Advanced(1).HandRaised("ac-1").Advanced(1).HandRaised("cs-2").Advanced(1).HandRaised("ps-1");

        Assert.Equal(["cs-2", "ps-1", "cs-1", "ac-1"], Queue(b));
    }

    [Fact]
    public void ManualMove_PausesReRanking_UntilTheQueueEmpties()
    {
        var b = Room(QueuePolicy.Balanced)
            .HandRaised("cs-1").Advanced(1).HandRaised("ac-1").Advanced(1).HandRaised("ps-1")
            .Step(Caller.Moderator(), new MoveHand("ps-1", 1));
        Assert.Equal(["ps-1", "cs-1", "ac-1"], Queue(b));

        // A turn changes the balance, but the moderator's arrangement stands.
        b.Spoke("cs-2", 200);
        Assert.Equal(["ps-1", "cs-1", "ac-1"], Queue(b));

        // Civil society has spoken most, so its new hand goes last.
        b.HandRaised("cs-2");
        Assert.Equal(["ps-1", "cs-1", "ac-1", "cs-2"], Queue(b));

        b.Step(Caller.Moderator(), new LowerAllHands());
        Assert.False(b.State.QueueManuallyOrdered);

        // Once the queue emptied, the policy ranks again.
        b.HandRaised("cs-2").Advanced(1).HandRaised("ac-1");
        Assert.Equal(["ac-1", "cs-2"], Queue(b));
    }

    [Fact]
    public void ManualMove_LaterSpeakHandsStillQueueByBalance()
    {
        var b = Room(QueuePolicy.Balanced).Joined("ms-1", StakeholderGroup.MemberState, "BR").Spoke("ps-1", 4)
            .HandRaised("cs-1").Advanced(1).HandRaised("ac-1")
            .Step(Caller.Moderator(), new MoveHand("ac-1", 1))
            .Advanced(1).HandRaised("ps-1").Advanced(1).HandRaised("ms-1");

        // The member state (0 s spoken) goes ahead of the private sector (4 s), as the policy says,
        // and the moderator's arrangement of the hands already there stands.
        Assert.Equal(["ac-1", "cs-1", "ms-1", "ps-1"], Queue(b));
    }

    [Fact]
    public void FirstTime_AfterARemovalAndALoweredHand_NewcomersStillGoFirst()
    {
        var b = Room(QueuePolicy.FirstTime).Joined("ms-1", StakeholderGroup.MemberState, "BR").Spoke("cs-1", 10).Spoke("ac-1", 10)
            .HandRaised("cs-1").Advanced(1).HandRaised("ac-1").Advanced(1).HandRaised("cs-2")
            .Step(Caller.Moderator(), new MoveHand("ac-1", 1))
            .Step(Caller.Moderator(), new RemoveHand("cs-2", null))
            .Step(Caller.Participant("cs-1", "cs-1"), new LowerHand())
            .Advanced(1).HandRaised("cs-1").Advanced(1).HandRaised("ms-1");

        Assert.Equal(["ms-1", "ac-1", "cs-1"], Queue(b));
    }

    [Fact]
    public void Insert_OnAQueueInPolicyOrder_IsTheFromScratchOrdering()
    {
        var b = Room(QueuePolicy.Balanced).Spoke("cs-1", 30).Spoke("ac-1", 10)
            .HandRaised("cs-1").Advanced(1).HandRaised("ac-1").Advanced(1).HandRaised("cs-2");
        var hand = new Hand("ps-1", HandIntent.Speak, b.Now, b.State.HandSequence + 1);

        Assert.Equal(QueueOrdering.Sorted(b.State, b.State.Queue.Add(hand)), QueueOrdering.Insert(b.State, hand));
    }

    [Fact]
    public void ManualMove_NewPointOfOrderStillGoesAheadOfSpeakHands()
    {
        var b = Room(QueuePolicy.Fifo)
            .HandRaised("cs-1").HandRaised("ac-1").Step(Caller.Moderator(), new MoveHand("ac-1", 1))
            .HandRaised("ps-1", HandIntent.PointOfOrder);

        Assert.Equal(["ps-1", "ac-1", "cs-1"], Queue(b));
    }

    [Fact]
    public void ManualMove_OrderIsKeptWhenTheHeadGetsTheFloor()
    {
        var b = Room(QueuePolicy.Fifo)
            .HandRaised("cs-1").HandRaised("ac-1").HandRaised("ps-1").Step(Caller.Moderator(), new MoveHand("ps-1", 1))
            .FloorGiven();

        Assert.Equal("ps-1", b.State.Floor!.ParticipantId);
        Assert.Equal(["cs-1", "ac-1"], Queue(b));
        Assert.True(b.State.QueueManuallyOrdered);
    }

    [Fact]
    public void Sorted_MatchesTheQueueKeptByTheState()
    {
        var b = Room(QueuePolicy.Balanced).Spoke("ac-1", 45)
            .HandRaised("ac-1").HandRaised("cs-1", HandIntent.Reply).HandRaised("ps-1").HandRaised("cs-2", HandIntent.PointOfOrder);

        Assert.Equal(QueueOrdering.Sorted(b.State, b.State.Queue.Reverse()), b.State.Queue);
    }

    [Theory]
    [InlineData(HandIntent.PointOfOrder, 0)]
    [InlineData(HandIntent.Reply, 1)]
    [InlineData(HandIntent.Speak, 2)]
    public void LaneRank_OrdersTheLanes(HandIntent intent, int rank)
    {
        Assert.Equal(rank, QueueOrdering.LaneRank(intent));
    }
}
