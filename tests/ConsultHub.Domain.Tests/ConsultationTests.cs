using ConsultHub.Domain.Commands;
using ConsultHub.Domain.Events;
using ConsultHub.Domain.Model;
using ConsultHub.Domain.Tests.Builders;

namespace ConsultHub.Domain.Tests;

public sealed class ConsultationTests
{
    private sealed record UnknownCommand : ConsultationCommand;

    private sealed record UnknownEvent : ConsultationEvent;

    [Fact]
    public void Decide_WithoutACommand_IsInvalid()
    {
        var b = ConsultationBuilder.Created();

        DecisionAssert.Rejected(b.Decide(b.Moderator, null!), RejectionCode.Invalid);
    }

    [Fact]
    public void Decide_AnUnknownCommand_IsInvalid()
    {
        var b = ConsultationBuilder.Created();

        DecisionAssert.Rejected(b.Decide(b.Moderator, new UnknownCommand()), RejectionCode.Invalid);
    }

    [Fact]
    public void Decide_BeforeCreation_IsNotFound()
    {
        var b = ConsultationBuilder.Uncreated("c-9");

        var rejection = DecisionAssert.Rejected(b.Decide(b.Moderator, new StartConsultation()), RejectionCode.NotFound);

        Assert.Contains("c-9", rejection.Message);
    }

    [Fact]
    public void Apply_AdvancesTheVersionByOnePerEvent()
    {
        var b = ConsultationBuilder.Live().Joined("p-1").HandRaised("p-1");

        Assert.Equal(5, b.State.Version);
        Assert.Equal(b.Events.Count, b.State.Version);
    }

    [Fact]
    public void Apply_AnUnknownEvent_Throws()
    {
        var b = ConsultationBuilder.Created();

        Assert.Throws<ArgumentException>(() => Consultation.Apply(b.State, new UnknownEvent()));
    }

    [Fact]
    public void Replay_OfTheAcceptedEvents_RebuildsTheSameState()
    {
        var b = ConsultationBuilder.Live(s => s with { QueuePolicy = QueuePolicy.Balanced })
            .Joined("p-1", StakeholderGroup.Academia, "KE").Joined("p-2", StakeholderGroup.MemberState, "BR")
            .HandRaised("p-1").HandRaised("p-2").Advanced(20).FloorGiven().Advanced(95)
            .PointPosted("p-2", "Harmonise data-sharing rules", out var point).Upvoted("p-1", point).TurnEnded();

        var replayed = Consultation.Replay(ConsultationState.Empty(b.State.Id), b.Events);

        Assert.Equal(StateJson.Of(b.State), StateJson.Of(replayed));
    }
}
