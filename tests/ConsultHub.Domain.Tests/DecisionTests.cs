using ConsultHub.Domain.Events;
using ConsultHub.Domain.Model;

namespace ConsultHub.Domain.Tests;

public sealed class DecisionTests
{
    [Fact]
    public void Accept_WithoutEvents_Throws_BecauseRefusalsMustBeExplicit()
    {
        Assert.Throws<ArgumentException>(() => Decision.Accept());
    }

    [Fact]
    public void Reject_CarriesTheCodeAndNoEvents()
    {
        var decision = Decision.Reject(RejectionCode.Conflict, "Already live.");

        Assert.False(decision.IsAccepted);
        Assert.Empty(decision.Events);
        Assert.Equal(new Rejection(RejectionCode.Conflict, "Already live."), decision.Rejection);
    }

    [Fact]
    public void Accept_KeepsTheEventsInOrder()
    {
        var at = DateTimeOffset.UnixEpoch;
        ConsultationEvent first = new ConsultationStarted(at), second = new ConsultationClosed(at);

        var decision = Decision.Accept(first, second);

        Assert.True(decision.IsAccepted);
        Assert.Equal([first, second], decision.Events);
    }
}
