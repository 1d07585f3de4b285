using ConsultHub.Domain.Commands;
using ConsultHub.Domain.Model;

namespace ConsultHub.Domain.Tests.Builders;

public sealed class ConsultationBuilderTests
{
    [Fact]
    public void Step_WhenTheDomainRefuses_Throws()
    {
        var b = ConsultationBuilder.Created();

        var error = Assert.Throws<InvalidOperationException>(() => b.FloorGiven("p-1"));

        Assert.Contains("conflict:", error.Message);
    }

    [Fact]
    public void Clock_MovesOnlyWhenAdvanced()
    {
        var b = ConsultationBuilder.Live();
        var before = b.Now;

        b.Joined("p-1").Advanced(12.5);

        Assert.Equal(before.AddSeconds(12.5), b.Now);
        Assert.Throws<ArgumentOutOfRangeException>(() => b.Advanced(-1));
    }

    [Fact]
    public void Joined_AddsAConnectedParticipantWithGroupAndCountry()
    {
        var b = ConsultationBuilder.Live().Joined("p-1", StakeholderGroup.Academia, "KE");

        var p = b.State.Participants["p-1"];
        Assert.Equal(StakeholderGroup.Academia, p.Group);
        Assert.Equal("KE", p.Country);
        Assert.True(p.Present);
        Assert.Equal(ConsultationStatus.Live, b.State.Status);
    }

    [Fact]
    public void Try_AppliesOnlyAcceptedDecisions()
    {
        var b = ConsultationBuilder.Live().Joined("p-1");
        var version = b.State.Version;

        var refused = b.Try(b.Participant("p-1"), new LowerHand());
        var accepted = b.Try(b.Participant("p-1"), new RaiseHand(HandIntent.Speak));

        Assert.False(refused.IsAccepted);
        Assert.True(accepted.IsAccepted);
        Assert.Equal(version + 1, b.State.Version);
        Assert.Equal(b.State.Version, b.Events.Count);
    }
}
