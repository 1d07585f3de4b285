using ConsultHub.Domain.Commands;
using ConsultHub.Domain.Model;
using ConsultHub.Domain.Tests.Builders;

namespace ConsultHub.Domain.Tests.Properties;

public sealed class TallyRecalculatorTests
{
    [Fact]
    public void Recompute_OfAnEmptyConsultation_IsEmpty()
    {
        Assert.Equal(StateJson.Of(new Tallies()), StateJson.Of(TallyRecalculator.Recompute(ConsultationBuilder.Live().State)));
    }

    [Fact]
    public void Recompute_DerivesEveryFigureOfAWorkedExample()
    {
        var b = ConsultationBuilder.Live(s => s with { ModerationMode = ModerationMode.Premoderated })
            .Joined("ke", StakeholderGroup.Academia, "KE").Joined("br", StakeholderGroup.Academia, "BR").Joined("xx", StakeholderGroup.MemberState)
            .Joined("gone", StakeholderGroup.Other, "FR")
            .HandRaised("ke").HandRaised("br").HandRaised("gone").Advanced(10).FloorGiven("ke").Advanced(50).TurnEnded()
            .Disconnected("xx")
            .PointPosted("br", "pending", out _).PointCaptured("captured", out var captured).PointCaptured("to hide", out var hide);
        b.Step(b.Moderator, new MoveHand("gone", 1)).Step(b.Moderator, new HidePoint(hide)).Step(b.Moderator, new SetPointTheme(captured, ConsultationBuilder.DataSharing))
            .Step(b.Moderator, new RemoveParticipant("gone")).Advanced(5).Step(b.Moderator, new LowerAllHands());

        var t = TallyRecalculator.Recompute(b.State);

        Assert.Equal(new Dictionary<string, int> { ["academia"] = 2 }, t.PresentByGroup);
        Assert.Equal(new Dictionary<string, int> { ["BR"] = 1, ["KE"] = 1 }, t.PresentByCountry);
        Assert.Equal(0, t.HandsRaised);
        Assert.Equal((1, 1), (t.Speakers, t.Turns));
        Assert.Equal(new Dictionary<string, long> { ["academia"] = 50_000 }, t.SpeakingMsByGroup);
        Assert.Equal(new Dictionary<string, long> { ["KE"] = 50_000 }, t.SpeakingMsByCountry);
        Assert.Equal(new Dictionary<string, long> { ["academia"] = 10_000 + 65_000, ["other"] = 60_000 }, t.WaitingMsByGroup);
        Assert.Equal(new Dictionary<string, int> { ["recommendation"] = 1 }, t.PointsByKind);
        Assert.Equal(new Dictionary<string, int> { [ConsultationBuilder.DataSharing] = 1 }, t.PointsByTheme);
        Assert.Equal(new ModerationCounts { Hidden = 1, Pending = 1, Reordered = 1, HandsRemoved = 1, ParticipantsRemoved = 1 }, t.Moderation);
        Assert.Equal(StateJson.Of(b.State.Tallies), StateJson.Of(t));
    }
}
