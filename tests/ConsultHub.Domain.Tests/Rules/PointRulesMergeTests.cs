using ConsultHub.Domain.Commands;
using ConsultHub.Domain.Events;
using ConsultHub.Domain.Model;
using ConsultHub.Domain.Tests.Builders;

namespace ConsultHub.Domain.Tests.Rules;

public sealed class PointRulesMergeTests
{
    private static ConsultationBuilder TwoPoints(out string into, out string duplicate) =>
        ConsultationBuilder.Live().Joined("p-1").Joined("p-2").Joined("p-3").Joined("p-4")
            .PointPosted("p-1", "Fund regional training centres", out into)
            .PointPosted("p-2", "Regional training centres need funding", out duplicate);

    [Fact]
    public void MergePoints_UnionsVoters_WithoutCountingAnyoneTwice()
    {
        var b = TwoPoints(out var into, out var duplicate)
            .Upvoted("p-1", into).Upvoted("p-3", into)
            .Upvoted("p-3", duplicate).Upvoted("p-4", duplicate);

        b.Execute(b.Moderator, new MergePoints(duplicate, into, "Same proposal"));

        Assert.Equal(["p-1", "p-3", "p-4"], b.State.Points[into].Voters);
        Assert.Equal(PointStatus.Merged, b.State.Points[duplicate].Status);
        Assert.Equal(into, b.State.Points[duplicate].MergedInto);
        Assert.Equal([duplicate], b.State.Points[into].MergedFrom);
    }

    [Fact]
    public void MergePoints_MovesTheDuplicateOutOfTheVisibleTallies()
    {
        var b = TwoPoints(out var into, out var duplicate);

        b.Execute(b.Moderator, new MergePoints(duplicate, into));

        Assert.Equal(1, b.State.Tallies.PointsByKind["observation"]);
        Assert.Equal(1, b.State.Tallies.Moderation.Merged);
    }

    [Fact]
    public void MergePoints_AVoterWhoWithdrawsAfterTheMerge_LeavesTheTarget()
    {
        var b = TwoPoints(out var into, out var duplicate).Upvoted("p-3", duplicate).Step(Caller.Moderator(), new MergePoints(duplicate, into));

        DecisionAssert.Single<PointUpvoteWithdrawn>(b.Decide(b.Participant("p-3"), new Upvote(into)));
    }

    [Fact]
    public void MergePoints_IntoItself_IsInvalid()
    {
        var b = TwoPoints(out var into, out _);

        DecisionAssert.Rejected(b.Decide(b.Moderator, new MergePoints(into, into)), RejectionCode.Invalid);
    }

    [Fact]
    public void MergePoints_WithAHiddenPoint_IsRejectedAsConflict()
    {
        var b = TwoPoints(out var into, out var duplicate).Step(Caller.Moderator(), new HidePoint(duplicate));

        DecisionAssert.Rejected(b.Decide(b.Moderator, new MergePoints(duplicate, into)), RejectionCode.Conflict);
        DecisionAssert.Rejected(b.Decide(b.Moderator, new MergePoints(into, duplicate)), RejectionCode.Conflict);
    }

    [Fact]
    public void MergePoints_AnAlreadyMergedPoint_IsRejectedAsConflict()
    {
        var b = TwoPoints(out var into, out var duplicate).PointPosted("p-3", "Third", out var third)
            .Step(Caller.Moderator(), new MergePoints(duplicate, into));

        DecisionAssert.Rejected(b.Decide(b.Moderator, new MergePoints(duplicate, third)), RejectionCode.Conflict);
        DecisionAssert.Rejected(b.Decide(b.Moderator, new MergePoints(third, duplicate)), RejectionCode.Conflict);
    }

    [Fact]
    public void MergePoints_ChainedMerges_CarryEveryVoterOnce()
    {
        var b = TwoPoints(out var into, out var duplicate).PointPosted("p-3", "Third", out var third)
            .Upvoted("p-4", duplicate).Upvoted("p-4", into).Upvoted("p-1", third)
            .Step(Caller.Moderator(), new MergePoints(duplicate, into))
            .Step(Caller.Moderator(), new MergePoints(into, third));

        Assert.Equal(["p-1", "p-4"], b.State.Points[third].Voters);
    }

    [Fact]
    public void MergePoints_WithAnUnknownPoint_IsNotFound()
    {
        var b = TwoPoints(out var into, out _);

        DecisionAssert.Rejected(b.Decide(b.Moderator, new MergePoints("P99", into)), RejectionCode.NotFound);
        DecisionAssert.Rejected(b.Decide(b.Moderator, new MergePoints(into, "P99")), RejectionCode.NotFound);
    }

    [Fact]
    public void MergePoints_RecordsWhoAndWhy()
    {
        var b = TwoPoints(out var into, out var duplicate);

        var merged = DecisionAssert.Single<PointsMerged>(b.Decide(b.Moderator, new MergePoints(duplicate, into, " Duplicate ")));

        Assert.Equal(new PointsMerged(duplicate, into, "Ana (moderator)", "Duplicate", b.Now), merged);
    }
}
