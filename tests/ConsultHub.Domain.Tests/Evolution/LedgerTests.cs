using ConsultHub.Domain.Commands;
using ConsultHub.Domain.Model;
using ConsultHub.Domain.Tests.Builders;

namespace ConsultHub.Domain.Tests.Evolution;

public sealed class LedgerTests
{
    private static ConsultationBuilder Room() => ConsultationBuilder.Live()
        .Joined("p-1").Joined("p-2").Joined("p-3")
        .PointPosted("p-1", "Original", out _).PointPosted("p-2", "Duplicate", out _)
        .Advanced(60);

    [Fact]
    public void HidePoint_IsRecordedWithWhoWhenAndWhy()
    {
        var b = Room();

        b.Execute(b.Moderator, new HidePoint("P1", "Off topic"));

        Assert.Equal(new LedgerEntry(b.Now, LedgerAction.HidePoint, "Ana (moderator)", "P1", "Off topic"), Assert.Single(b.State.Ledger));
    }

    [Fact]
    public void MergePoints_IsRecordedWithBothPoints()
    {
        var b = Room();

        b.Execute(b.Moderator, new MergePoints("P2", "P1"));

        Assert.Equal(new LedgerEntry(b.Now, LedgerAction.MergePoints, "Ana (moderator)", "P2->P1", null), Assert.Single(b.State.Ledger));
    }

    [Fact]
    public void MoveHand_IsRecorded()
    {
        var b = Room().HandRaised("p-1").HandRaised("p-2");

        b.Execute(b.Moderator, new MoveHand("p-2", 1, "Reply to the chair"));

        Assert.Equal(new LedgerEntry(b.Now, LedgerAction.MoveHand, "Ana (moderator)", "p-2", "Reply to the chair"), Assert.Single(b.State.Ledger));
    }

    [Fact]
    public void RemoveHand_IsRecorded()
    {
        var b = Room().HandRaised("p-1");

        b.Execute(b.Moderator, new RemoveHand("p-1", "Spoke already"));

        Assert.Equal(new LedgerEntry(b.Now, LedgerAction.RemoveHand, "Ana (moderator)", "p-1", "Spoke already"), Assert.Single(b.State.Ledger));
    }

    [Fact]
    public void LowerAllHands_IsRecordedOnce_NamingEveryHand()
    {
        var b = Room().HandRaised("p-1").HandRaised("p-3", HandIntent.PointOfOrder);

        b.Execute(b.Moderator, new LowerAllHands("Break"));

        Assert.Equal(new LedgerEntry(b.Now, LedgerAction.LowerAllHands, "Ana (moderator)", "p-3,p-1", "Break"), Assert.Single(b.State.Ledger));
        Assert.Equal(2, b.State.Tallies.Moderation.HandsRemoved);
    }

    [Fact]
    public void RemoveParticipant_IsRecorded()
    {
        var b = Room();

        b.Execute(b.Moderator, new RemoveParticipant("p-3", "Spam"));

        Assert.Equal(new LedgerEntry(b.Now, LedgerAction.RemoveParticipant, "Ana (moderator)", "p-3", "Spam"), Assert.Single(b.State.Ledger));
    }

    [Fact]
    public void OwnAndAutomaticHandLowering_IsNotModeration_AndIsNotRecorded()
    {
        var b = Room().HandRaised("p-1").HandRaised("p-2").HandRaised("p-3")
            .Step(Caller.Participant("p-1"), new LowerHand())
            .Step(Caller.Participant("p-2"), new Leave())
            .Disconnected("p-3").Advanced(61).Step(Caller.System, new ExpireGrace("p-3"));

        Assert.Empty(b.State.Ledger);
        Assert.Equal(0, b.State.Tallies.Moderation.HandsRemoved);
    }

    [Fact]
    public void Ledger_KeepsTheActsInOrder()
    {
        var b = Room().HandRaised("p-1").HandRaised("p-2");

        b.Execute(b.Moderator, new MoveHand("p-2", 1));
        b.Advanced(5).Execute(b.Moderator, new HidePoint("P2"));
        b.Advanced(5).Execute(b.Moderator, new RemoveHand("p-2"));

        Assert.Equal([LedgerAction.MoveHand, LedgerAction.HidePoint, LedgerAction.RemoveHand], b.State.Ledger.Select(e => e.Action));
        Assert.Equal(new ModerationCounts { Hidden = 1, Reordered = 1, HandsRemoved = 1 }, b.State.Tallies.Moderation);
    }
}
