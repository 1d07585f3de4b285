using ConsultHub.Domain.Commands;
using ConsultHub.Domain.Events;
using ConsultHub.Domain.Model;
using ConsultHub.Domain.Tests.Builders;

namespace ConsultHub.Domain.Tests.Rules;

public sealed class ParticipantRulesRemovalTests
{
    [Fact]
    public void RemoveParticipant_EndsTheirTurn_AndRecordsWhoAndWhy()
    {
        var b = ConsultationBuilder.Live().Joined("p-1", StakeholderGroup.PrivateSector, "BR").FloorGiven("p-1").Advanced(12);

        var events = b.Execute(b.Moderator, new RemoveParticipant("p-1", " Abusive language "));

        Assert.Equal([new TurnEnded("T1", b.Now), new ParticipantRemoved("p-1", "Ana (moderator)", "Abusive language", b.Now)], events);
        var p = b.State.Participants["p-1"];
        Assert.True(p.Removed);
        Assert.False(p.Present);
        Assert.Empty(b.State.Tallies.PresentByGroup);
        Assert.Equal(1, b.State.Tallies.Moderation.ParticipantsRemoved);
    }

    [Fact]
    public void RemoveParticipant_LowersTheirHand()
    {
        var b = ConsultationBuilder.Live().Joined("p-1").Joined("p-2").HandRaised("p-1").HandRaised("p-2");

        var events = b.Execute(b.Moderator, new RemoveParticipant("p-1"));

        Assert.Equal(new HandLowered("p-1", HandLoweredReason.Removed, b.Now), events[0]);
        Assert.Equal(["p-2"], b.State.Queue.Select(h => h.ParticipantId));
    }

    [Fact]
    public void RemoveParticipant_Twice_IsNotFound()
    {
        var b = ConsultationBuilder.Live().Joined("p-1").Step(Caller.Moderator(), new RemoveParticipant("p-1"));

        DecisionAssert.Rejected(b.Decide(b.Moderator, new RemoveParticipant("p-1")), RejectionCode.NotFound);
    }

    [Fact]
    public void RemoveParticipant_ByAParticipant_IsForbidden()
    {
        var b = ConsultationBuilder.Live().Joined("p-1").Joined("p-2");

        DecisionAssert.Rejected(b.Decide(b.Participant("p-1"), new RemoveParticipant("p-2")), RejectionCode.Forbidden);
    }

    [Fact]
    public void RemoveParticipant_WithAControlCharacterInTheReason_IsInvalid()
    {
        var b = ConsultationBuilder.Live().Joined("p-1");

        DecisionAssert.Rejected(b.Decide(b.Moderator, new RemoveParticipant("p-1", "spam\u0007")), RejectionCode.Invalid);
    }

    public static TheoryData<ConsultationCommand> TokenUses => new()
    {
        new RaiseHand(HandIntent.Speak),
        new LowerHand(),
        new PostPoint(PointKind.Question, "Still here?"),
        new Upvote("P1"),
        new Vote("Q1", 0),
        new Leave(),
    };

    [Theory]
    [MemberData(nameof(TokenUses))]
    public void RemovedParticipant_TheirTokenStopsWorkingAtOnce(ConsultationCommand command)
    {
        var b = ConsultationBuilder.Live().Joined("p-1").Joined("p-2")
            .PointPosted("p-2", "A point", out _).PollOpened("Priority?", ["A", "B"], out _)
            .Step(Caller.Moderator(), new RemoveParticipant("p-1"));

        DecisionAssert.Rejected(b.Decide(b.Participant("p-1"), command), RejectionCode.Forbidden);
    }

    [Fact]
    public void RemovedParticipant_CannotReportPresence()
    {
        var b = ConsultationBuilder.Live().Joined("p-1", connected: false).Step(Caller.Moderator(), new RemoveParticipant("p-1"));

        DecisionAssert.Rejected(b.Decide(b.Participant("p-1"), new Connect("p-1")), RejectionCode.NotFound);
    }

    [Fact]
    public void RemovedParticipant_CannotBeGivenTheFloor()
    {
        var b = ConsultationBuilder.Live().Joined("p-1").Step(Caller.Moderator(), new RemoveParticipant("p-1"));

        DecisionAssert.Rejected(b.Decide(b.Moderator, new GiveFloor("p-1")), RejectionCode.NotFound);
    }
}
