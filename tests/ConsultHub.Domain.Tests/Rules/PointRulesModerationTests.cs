using ConsultHub.Domain.Commands;
using ConsultHub.Domain.Events;
using ConsultHub.Domain.Model;
using ConsultHub.Domain.Tests.Builders;

namespace ConsultHub.Domain.Tests.Rules;

public sealed class PointRulesModerationTests
{
    private static ConsultationBuilder WithPoint(out string pointId, ModerationMode mode = ModerationMode.Open) =>
        ConsultationBuilder.Live(s => s with { ModerationMode = mode }).Joined("p-1").Joined("p-2").PointPosted("p-1", "Shared standards", out pointId);

    [Fact]
    public void Upvote_Toggles_OnePerParticipant()
    {
        var b = WithPoint(out var id);

        b.Upvoted("p-2", id).Upvoted("p-1", id);
        Assert.Equal(["p-1", "p-2"], b.State.Points[id].Voters);

        var withdrawn = DecisionAssert.Single<PointUpvoteWithdrawn>(b.Decide(b.Participant("p-2"), new Upvote(id)));
        b.Upvoted("p-2", id);

        Assert.Equal(new PointUpvoteWithdrawn(id, "p-2"), withdrawn);
        Assert.Equal(["p-1"], b.State.Points[id].Voters);
    }

    [Fact]
    public void Upvote_APendingOrHiddenPoint_IsNotFound()
    {
        var b = WithPoint(out var pending, ModerationMode.Premoderated);
        b.Step(b.Moderator, new ApprovePoint(pending)).PointPosted("p-1", "Second", out var hidden).Step(b.Moderator, new ApprovePoint(hidden))
            .Step(b.Moderator, new HidePoint(hidden)).PointPosted("p-1", "Third", out var stillPending);

        DecisionAssert.Rejected(b.Decide(b.Participant("p-2"), new Upvote(hidden)), RejectionCode.NotFound);
        DecisionAssert.Rejected(b.Decide(b.Participant("p-2"), new Upvote(stillPending)), RejectionCode.NotFound);
        DecisionAssert.Rejected(b.Decide(b.Participant("p-2"), new Upvote("P99")), RejectionCode.NotFound);
    }

    [Fact]
    public void Upvote_AMergedPoint_IsRejectedAsConflict_PointingToTheTarget()
    {
        var b = WithPoint(out var into).PointPosted("p-2", "Shared standards too", out var duplicate).Step(Caller.Moderator(), new MergePoints(duplicate, into));

        var rejection = DecisionAssert.Rejected(b.Decide(b.Participant("p-1"), new Upvote(duplicate)), RejectionCode.Conflict);

        Assert.Contains(into, rejection.Message);
    }

    [Fact]
    public void Upvote_ByAnObserver_IsForbidden()
    {
        var b = WithPoint(out var id);

        DecisionAssert.Rejected(b.Decide(b.Observer, new Upvote(id)), RejectionCode.Forbidden);
    }

    [Fact]
    public void ApprovePoint_MakesAPendingPointVisible_AndMovesItBetweenTallies()
    {
        var b = WithPoint(out var id, ModerationMode.Premoderated);

        b.Execute(b.Moderator, new ApprovePoint(id));

        Assert.Equal(PointStatus.Visible, b.State.Points[id].Status);
        Assert.Equal(0, b.State.Tallies.Moderation.Pending);
        Assert.Equal(1, b.State.Tallies.PointsByKind["observation"]);
    }

    [Fact]
    public void ApprovePoint_ThatIsNotPending_IsRejectedAsConflict()
    {
        var b = WithPoint(out var id);

        DecisionAssert.Rejected(b.Decide(b.Moderator, new ApprovePoint(id)), RejectionCode.Conflict);
    }

    [Fact]
    public void HidePoint_KeepsItForTheRecord_Unpinned_AndCountsIt()
    {
        var b = WithPoint(out var id).Step(Caller.Moderator(), new PinPoint(id));

        var hidden = DecisionAssert.Single<PointHidden>(b.Decide(b.Moderator, new HidePoint(id, "Personal attack")));
        b.Execute(b.Moderator, new HidePoint(id, "Personal attack"));

        Assert.Equal(new PointHidden(id, "Ana (moderator)", "Personal attack", b.Now), hidden);
        var point = b.State.Points[id];
        Assert.Equal(PointStatus.Hidden, point.Status);
        Assert.Equal("Shared standards", point.Text);
        Assert.False(point.Pinned);
        Assert.Equal(1, b.State.Tallies.Moderation.Hidden);
        Assert.Empty(b.State.Tallies.PointsByKind);
    }

    [Fact]
    public void HidePoint_APendingPoint_IsAllowed()
    {
        var b = WithPoint(out var id, ModerationMode.Premoderated);

        b.Execute(b.Moderator, new HidePoint(id));

        Assert.Equal(0, b.State.Tallies.Moderation.Pending);
        Assert.Equal(1, b.State.Tallies.Moderation.Hidden);
    }

    [Fact]
    public void HidePoint_Twice_IsRejectedAsConflict()
    {
        var b = WithPoint(out var id).Step(Caller.Moderator(), new HidePoint(id));

        DecisionAssert.Rejected(b.Decide(b.Moderator, new HidePoint(id)), RejectionCode.Conflict);
    }

    [Fact]
    public void PinPoint_PinsAndUnpins()
    {
        var b = WithPoint(out var id);

        b.Execute(b.Moderator, new PinPoint(id));
        Assert.True(b.State.Points[id].Pinned);
        DecisionAssert.Rejected(b.Decide(b.Moderator, new PinPoint(id)), RejectionCode.Conflict);

        b.Execute(b.Moderator, new PinPoint(id, Pinned: false));
        Assert.False(b.State.Points[id].Pinned);
        DecisionAssert.Rejected(b.Decide(b.Moderator, new PinPoint(id, Pinned: false)), RejectionCode.Conflict);
    }

    [Fact]
    public void PinPoint_ThatIsNotVisible_IsRejectedAsConflict()
    {
        var b = WithPoint(out var id, ModerationMode.Premoderated);

        DecisionAssert.Rejected(b.Decide(b.Moderator, new PinPoint(id)), RejectionCode.Conflict);
    }

    [Fact]
    public void SetPointTheme_FilesThePointUnderTheCanonicalTheme_AndMovesTheTally()
    {
        var b = WithPoint(out var id);

        b.Execute(b.Moderator, new SetPointTheme(id, "capacity building"));

        Assert.Equal(ConsultationBuilder.CapacityBuilding, b.State.Points[id].Theme);
        Assert.Equal(1, b.State.Tallies.PointsByTheme[ConsultationBuilder.CapacityBuilding]);
        Assert.False(b.State.Tallies.PointsByTheme.ContainsKey("unthemed"));
    }

    [Fact]
    public void SetPointTheme_ToNone_ClearsIt()
    {
        var b = WithPoint(out var id).Step(Caller.Moderator(), new SetPointTheme(id, ConsultationBuilder.DataSharing));

        b.Execute(b.Moderator, new SetPointTheme(id, null));

        Assert.Null(b.State.Points[id].Theme);
        Assert.Equal(1, b.State.Tallies.PointsByTheme["unthemed"]);
    }

    [Fact]
    public void SetPointTheme_ToTheSameTheme_IsRejectedAsConflict()
    {
        var b = WithPoint(out var id).Step(Caller.Moderator(), new SetPointTheme(id, ConsultationBuilder.DataSharing));

        DecisionAssert.Rejected(b.Decide(b.Moderator, new SetPointTheme(id, "DATA SHARING AND PRIVACY")), RejectionCode.Conflict);
    }

    [Fact]
    public void SetPointTheme_ToAnUnknownTheme_IsInvalid()
    {
        var b = WithPoint(out var id);

        DecisionAssert.Rejected(b.Decide(b.Moderator, new SetPointTheme(id, "Weather")), RejectionCode.Invalid);
    }

    [Fact]
    public void SetPointTheme_OnAHiddenPoint_IsRejectedAsConflict()
    {
        var b = WithPoint(out var id).Step(Caller.Moderator(), new HidePoint(id));

        DecisionAssert.Rejected(b.Decide(b.Moderator, new SetPointTheme(id, ConsultationBuilder.DataSharing)), RejectionCode.Conflict);
    }

    public static TheoryData<ConsultationCommand> ModeratorOnly => new()
    {
        new ApprovePoint("P1"),
        new HidePoint("P1"),
        new PinPoint("P1"),
        new SetPointTheme("P1", ConsultationBuilder.DataSharing),
        new MergePoints("P1", "P2"),
    };

    [Theory]
    [MemberData(nameof(ModeratorOnly))]
    public void ModerationCommands_ByAParticipant_AreForbidden(ConsultationCommand command)
    {
        var b = WithPoint(out _).PointPosted("p-2", "Other", out _);

        DecisionAssert.Rejected(b.Decide(b.Participant("p-1"), command), RejectionCode.Forbidden);
        DecisionAssert.Rejected(b.Decide(b.Observer, command), RejectionCode.Forbidden);
    }

    [Theory]
    [MemberData(nameof(ModeratorOnly))]
    public void ModerationCommands_OnAnUnknownPoint_AreNotFound(ConsultationCommand command)
    {
        var b = ConsultationBuilder.Live();

        DecisionAssert.Rejected(b.Decide(b.Moderator, command), RejectionCode.NotFound);
    }
}
