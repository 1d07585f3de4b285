using ConsultHub.Domain.Commands;
using ConsultHub.Domain.Events;
using ConsultHub.Domain.Model;
using ConsultHub.Domain.Tests.Builders;

namespace ConsultHub.Domain.Tests.Rules;

public sealed class QueueRulesTests
{
    private static IEnumerable<string> Queue(ConsultationBuilder b) => b.State.Queue.Select(h => h.ParticipantId);

    [Fact]
    public void RaiseHand_QueuesWithTheIntentAndTime()
    {
        var b = ConsultationBuilder.Live().Joined("p-1").Advanced(5);

        var raised = DecisionAssert.Single<HandRaised>(b.Decide(b.Participant("p-1"), new RaiseHand(HandIntent.Reply)));

        Assert.Equal(new HandRaised("p-1", HandIntent.Reply, b.Now), raised);
    }

    [Fact]
    public void RaiseHand_WhileScheduled_IsAllowed()
    {
        var b = ConsultationBuilder.Created().Joined("p-1");

        DecisionAssert.Single<HandRaised>(b.Decide(b.Participant("p-1"), new RaiseHand(HandIntent.Speak)));
    }

    [Fact]
    public void RaiseHand_WhenAlreadyQueued_IsRejectedAsConflict()
    {
        var b = ConsultationBuilder.Live().Joined("p-1").HandRaised("p-1");

        DecisionAssert.Rejected(b.Decide(b.Participant("p-1"), new RaiseHand(HandIntent.PointOfOrder)), RejectionCode.Conflict);
        Assert.Single(b.State.Queue);
    }

    [Fact]
    public void RaiseHand_ByTheSpeaker_IsRejectedAsConflict()
    {
        var b = ConsultationBuilder.Live().Joined("p-1").FloorGiven("p-1");

        DecisionAssert.Rejected(b.Decide(b.Participant("p-1"), new RaiseHand(HandIntent.Speak)), RejectionCode.Conflict);
    }

    [Fact]
    public void RaiseHand_WithAnUndefinedIntent_IsInvalid()
    {
        var b = ConsultationBuilder.Live().Joined("p-1");

        DecisionAssert.Rejected(b.Decide(b.Participant("p-1"), new RaiseHand((HandIntent)7)), RejectionCode.Invalid);
    }

    [Theory]
    [InlineData(Role.Observer)]
    [InlineData(Role.Anonymous)]
    [InlineData(Role.Organizer)]
    [InlineData(Role.System)]
    public void RaiseHand_ByANonParticipant_IsForbidden(Role role)
    {
        var b = ConsultationBuilder.Live().Joined("p-1");

        DecisionAssert.Rejected(b.Decide(new Caller(role, "p-1"), new RaiseHand(HandIntent.Speak)), RejectionCode.Forbidden);
    }

    [Fact]
    public void RaiseHand_ByAnUnknownParticipant_IsForbidden()
    {
        var b = ConsultationBuilder.Live();

        DecisionAssert.Rejected(b.Decide(b.Participant("ghost"), new RaiseHand(HandIntent.Speak)), RejectionCode.Forbidden);
    }

    [Fact]
    public void RaiseHand_ByAModeratorWhoHasNotJoined_IsForbiddenWithAHint()
    {
        var b = ConsultationBuilder.Live();

        var rejection = DecisionAssert.Rejected(b.Decide(b.Moderator, new RaiseHand(HandIntent.Speak)), RejectionCode.Forbidden);

        Assert.Contains("Join", rejection.Message);
    }

    [Fact]
    public void RaiseHand_ByAModeratorAfterJoining_QueuesLikeAnyoneElse()
    {
        var b = ConsultationBuilder.Live().Joined("p-1").HandRaised("p-1").ModeratorJoined("m-1");

        b.Execute(b.ModeratorAs("m-1"), new RaiseHand(HandIntent.Speak));

        Assert.Equal(["p-1", "m-1"], Queue(b));
    }

    [Fact]
    public void LowerHand_TakesTheOwnHandOut_AndRecordsTheWait()
    {
        var b = ConsultationBuilder.Live().Joined("p-1", StakeholderGroup.Academia, "JP").HandRaised("p-1").Advanced(8);

        var lowered = DecisionAssert.Single<HandLowered>(b.Decide(b.Participant("p-1"), new LowerHand()));
        b.Execute(b.Participant("p-1"), new LowerHand());

        Assert.Equal(HandLoweredReason.Own, lowered.Reason);
        Assert.Empty(b.State.Queue);
        Assert.Equal(8_000, b.State.Tallies.WaitingMsByGroup["academia"]);
        Assert.Equal(8_000, b.State.Tallies.WaitingMsByCountry["JP"]);
    }

    [Fact]
    public void LowerHand_WhenNotRaised_IsRejectedAsConflict()
    {
        var b = ConsultationBuilder.Live().Joined("p-1");

        DecisionAssert.Rejected(b.Decide(b.Participant("p-1"), new LowerHand()), RejectionCode.Conflict);
    }

    [Fact]
    public void LowerAllHands_EmptiesTheQueue()
    {
        var b = ConsultationBuilder.Live().Joined("p-1").Joined("p-2").HandRaised("p-1").HandRaised("p-2");

        var lowered = DecisionAssert.Single<AllHandsLowered>(b.Decide(b.Moderator, new LowerAllHands("Time for the break")));
        b.Execute(b.Moderator, new LowerAllHands());

        Assert.Equal("Time for the break", lowered.Reason);
        Assert.Empty(b.State.Queue);
        Assert.Equal(0, b.State.Tallies.HandsRaised);
        Assert.Equal(2, b.State.Tallies.Moderation.HandsRemoved);
    }

    [Fact]
    public void LowerAllHands_WithAnEmptyQueue_IsRejectedAsConflict()
    {
        var b = ConsultationBuilder.Live();

        DecisionAssert.Rejected(b.Decide(b.Moderator, new LowerAllHands()), RejectionCode.Conflict);
    }

    [Fact]
    public void LowerAllHands_ByAParticipant_IsForbidden()
    {
        var b = ConsultationBuilder.Live().Joined("p-1").HandRaised("p-1");

        DecisionAssert.Rejected(b.Decide(b.Participant("p-1"), new LowerAllHands()), RejectionCode.Forbidden);
    }

    [Fact]
    public void RemoveHand_TakesOneHandOut()
    {
        var b = ConsultationBuilder.Live().Joined("p-1").Joined("p-2").HandRaised("p-1").HandRaised("p-2");

        var lowered = DecisionAssert.Single<HandLowered>(b.Decide(b.Moderator, new RemoveHand("p-1", "Already spoke on this")));
        b.Execute(b.Moderator, new RemoveHand("p-1"));

        Assert.Equal(new HandLowered("p-1", HandLoweredReason.Moderator, b.Now, "Ana (moderator)", "Already spoke on this"), lowered);
        Assert.Equal(["p-2"], Queue(b));
        Assert.Equal(1, b.State.Tallies.Moderation.HandsRemoved);
    }

    [Fact]
    public void RemoveHand_OfSomeoneNotQueued_IsNotFound()
    {
        var b = ConsultationBuilder.Live().Joined("p-1");

        DecisionAssert.Rejected(b.Decide(b.Moderator, new RemoveHand("p-1")), RejectionCode.NotFound);
        DecisionAssert.Rejected(b.Decide(b.Moderator, new RemoveHand("ghost")), RejectionCode.NotFound);
    }

    [Fact]
    public void RemoveHand_ByAParticipant_IsForbidden()
    {
        var b = ConsultationBuilder.Live().Joined("p-1").Joined("p-2").HandRaised("p-2");

        DecisionAssert.Rejected(b.Decide(b.Participant("p-1"), new RemoveHand("p-2")), RejectionCode.Forbidden);
    }

    [Fact]
    public void MoveHand_PutsTheHandAtTheOneBasedPosition()
    {
        var b = ConsultationBuilder.Live().Joined("p-1").Joined("p-2").Joined("p-3").HandRaised("p-1").HandRaised("p-2").HandRaised("p-3");

        b.Execute(b.Moderator, new MoveHand("p-3", 1, "Has not spoken today"));

        Assert.Equal(["p-3", "p-1", "p-2"], Queue(b));
        Assert.True(b.State.QueueManuallyOrdered);
        Assert.Equal(1, b.State.Tallies.Moderation.Reordered);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(-1)]
    public void MoveHand_OutsideTheQueue_IsInvalid(int position)
    {
        var b = ConsultationBuilder.Live().Joined("p-1").Joined("p-2").HandRaised("p-1").HandRaised("p-2");

        DecisionAssert.Rejected(b.Decide(b.Moderator, new MoveHand("p-1", position)), RejectionCode.Invalid);
    }

    [Fact]
    public void MoveHand_ToWhereItAlreadyIs_IsRejectedAsConflict()
    {
        var b = ConsultationBuilder.Live().Joined("p-1").Joined("p-2").HandRaised("p-1").HandRaised("p-2");

        DecisionAssert.Rejected(b.Decide(b.Moderator, new MoveHand("p-2", 2)), RejectionCode.Conflict);
    }

    [Fact]
    public void MoveHand_OfSomeoneNotQueued_IsNotFound()
    {
        var b = ConsultationBuilder.Live().Joined("p-1").Joined("p-2").HandRaised("p-1");

        DecisionAssert.Rejected(b.Decide(b.Moderator, new MoveHand("p-2", 1)), RejectionCode.NotFound);
    }

    [Fact]
    public void MoveHand_ByAParticipant_IsForbidden()
    {
        var b = ConsultationBuilder.Live().Joined("p-1").Joined("p-2").HandRaised("p-1").HandRaised("p-2");

        DecisionAssert.Rejected(b.Decide(b.Participant("p-2"), new MoveHand("p-2", 1)), RejectionCode.Forbidden);
    }
}
