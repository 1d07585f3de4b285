using ConsultHub.Domain.Commands;
using ConsultHub.Domain.Model;
using ConsultHub.Domain.Rules;
using ConsultHub.Domain.Tests.Builders;

namespace ConsultHub.Domain.Tests.Rules;

public sealed class DeadlinesTests
{
    [Fact]
    public void Of_AQuietRoom_IsEmpty()
    {
        var b = ConsultationBuilder.Live().Joined("p-1");

        Assert.Empty(Deadlines.Of(b.State));
    }

    [Fact]
    public void Of_ARunningTurn_HoldsItsWarningAndOvertimeAtTheMomentsTheRulesCheck()
    {
        var b = ConsultationBuilder.Live(s => s with { SpeakingLimitSeconds = 90 }).Joined("p-1").FloorGiven("p-1");
        var floor = b.State.Floor!;

        Assert.Equal(
            [new Deadline(floor.StartedAt.AddSeconds(60), new WarnTurn(floor.Id)), new Deadline(floor.StartedAt.AddSeconds(90), new MarkOvertime(floor.Id))],
            Deadlines.Of(b.State));
    }

    [Fact]
    public void Of_AWarnedTurn_HoldsOnlyItsOvertime()
    {
        var b = ConsultationBuilder.Live(s => s with { SpeakingLimitSeconds = 90 }).Joined("p-1").FloorGiven("p-1").Advanced(60)
            .Step(Caller.System, new WarnTurn("T1"));

        Assert.Equal([new Deadline(b.State.Floor!.EndsAt, new MarkOvertime("T1"))], Deadlines.Of(b.State));
    }

    [Fact]
    public void Of_ADroppedParticipantWithARaisedHand_HoldsTheirGraceExpiry()
    {
        var b = ConsultationBuilder.Live().Joined("p-1").Joined("p-2").HandRaised("p-1").HandRaised("p-2")
            .Step(Caller.Participant("p-1", "p-1"), new Disconnect("p-1"));
        var since = b.Now;

        Assert.Equal([new Deadline(since + GracePeriods.Participant, new ExpireGrace("p-1"))], Deadlines.Of(b.State));
    }

    [Fact]
    public void Of_ADroppedParticipantWithoutAHand_HoldsNothing()
    {
        var b = ConsultationBuilder.Live().Joined("p-1").Step(Caller.Participant("p-1", "p-1"), new Disconnect("p-1"));

        Assert.Empty(Deadlines.Of(b.State));
    }

    [Fact]
    public void EveryDeadline_IsRefusedJustBeforeItsMoment_AndAcceptedAtIt()
    {
        var b = ConsultationBuilder.Live(s => s with { SpeakingLimitSeconds = 45 }).Joined("p-1").Joined("p-2").HandRaised("p-2")
            .FloorGiven("p-1").Step(Caller.Participant("p-2", "p-2"), new Disconnect("p-2"));

        foreach (var deadline in Deadlines.Of(b.State))
        {
            var early = Consultation.Decide(b.State, Caller.System, deadline.Command, deadline.At - TimeSpan.FromTicks(1));
            var onTime = Consultation.Decide(b.State, Caller.System, deadline.Command, deadline.At);

            Assert.NotNull(early.Rejection);
            Assert.Null(onTime.Rejection);
        }
        Assert.Equal(3, Deadlines.Of(b.State).Count);
    }

    [Fact]
    public void Of_AClosedConsultation_IsEmpty()
    {
        var b = ConsultationBuilder.Live().Joined("p-1").Joined("p-2").HandRaised("p-2").FloorGiven("p-1")
            .Step(Caller.Participant("p-2", "p-2"), new Disconnect("p-2"))
            .Step(Caller.Moderator(), new CloseConsultation());

        Assert.Empty(Deadlines.Of(b.State));
    }
}
