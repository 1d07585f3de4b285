using ConsultHub.Domain.Commands;
using ConsultHub.Domain.Events;
using ConsultHub.Domain.Model;
using ConsultHub.Domain.Tests.Builders;

namespace ConsultHub.Domain.Tests.Rules;

public sealed class PointRulesCaptureTests
{
    [Fact]
    public void CapturePoint_OnBehalfOfTheFloor_HasNoAuthor()
    {
        var b = ConsultationBuilder.Live();

        var posted = DecisionAssert.Single<PointPosted>(b.Decide(b.Moderator, new CapturePoint(PointKind.Observation, "Broad support for regional hubs")));

        Assert.Null(posted.AuthorId);
        Assert.True(posted.Captured);
        Assert.Equal(PointStatus.Visible, posted.Status);
    }

    [Fact]
    public void CapturePoint_AttributedToAParticipant_NamesThem()
    {
        var b = ConsultationBuilder.Live().Joined("p-1");

        Assert.Equal("p-1", DecisionAssert.Single<PointPosted>(b.Decide(b.Moderator, new CapturePoint(PointKind.Challenge, "Costs", AttributedTo: "p-1"))).AuthorId);
    }

    [Fact]
    public void CapturePoint_AttributedToAnUnknownOrRemovedParticipant_IsNotFound()
    {
        var b = ConsultationBuilder.Live().Joined("p-1").Step(Caller.Moderator(), new RemoveParticipant("p-1"));

        DecisionAssert.Rejected(b.Decide(b.Moderator, new CapturePoint(PointKind.Challenge, "Costs", AttributedTo: "p-1")), RejectionCode.NotFound);
        DecisionAssert.Rejected(b.Decide(b.Moderator, new CapturePoint(PointKind.Challenge, "Costs", AttributedTo: "ghost")), RejectionCode.NotFound);
    }

    [Fact]
    public void CapturePoint_WhileSomeoneHasTheFloor_IsLinkedToThatTurn()
    {
        var b = ConsultationBuilder.Live().Joined("p-1").Joined("p-2").Spoke("p-1", 30).FloorGiven("p-2");

        var posted = DecisionAssert.Single<PointPosted>(b.Decide(b.Moderator, new CapturePoint(PointKind.Recommendation, "Fund training", AttributedTo: "p-2")));

        Assert.Equal("T2", posted.TurnId);
    }

    [Fact]
    public void CapturePoint_BetweenTurns_IsNotLinked()
    {
        var b = ConsultationBuilder.Live().Joined("p-1").Spoke("p-1", 30);

        Assert.Null(DecisionAssert.Single<PointPosted>(b.Decide(b.Moderator, new CapturePoint(PointKind.Recommendation, "Fund training"))).TurnId);
    }

    [Fact]
    public void CapturePoint_IsVisibleEvenWhenPremoderated()
    {
        var b = ConsultationBuilder.Live(s => s with { ModerationMode = ModerationMode.Premoderated });

        Assert.Equal(PointStatus.Visible, DecisionAssert.Single<PointPosted>(b.Decide(b.Moderator, new CapturePoint(PointKind.Question, "Who pays?"))).Status);
    }

    [Fact]
    public void CapturePoint_IsNotRateLimited_NorCountedAgainstTheAttributedParticipant()
    {
        var b = ConsultationBuilder.Live().Joined("p-1");
        for (var i = 0; i < 8; i++)
        {
            b.PointCaptured($"Captured {i}", out _, attributedTo: "p-1");
        }

        DecisionAssert.Single<PointPosted>(b.Decide(b.Participant("p-1"), new PostPoint(PointKind.Question, "Mine")));
    }

    [Fact]
    public void CapturePoint_ValidatesTextAndThemeLikeAPost()
    {
        var b = ConsultationBuilder.Live();

        DecisionAssert.Rejected(b.Decide(b.Moderator, new CapturePoint(PointKind.Question, " ")), RejectionCode.Invalid);
        DecisionAssert.Rejected(b.Decide(b.Moderator, new CapturePoint(PointKind.Question, "ok", "Weather")), RejectionCode.Invalid);
        DecisionAssert.Rejected(b.Decide(b.Moderator, new CapturePoint((PointKind)9, "ok")), RejectionCode.Invalid);
        Assert.Equal(ConsultationBuilder.DataSharing, DecisionAssert.Single<PointPosted>(b.Decide(b.Moderator, new CapturePoint(PointKind.Question, "ok", "data SHARING and privacy"))).Theme);
    }

    [Fact]
    public void CapturePoint_ByAParticipant_IsForbidden()
    {
        var b = ConsultationBuilder.Live().Joined("p-1");

        DecisionAssert.Rejected(b.Decide(b.Participant("p-1"), new CapturePoint(PointKind.Question, "Mine")), RejectionCode.Forbidden);
    }
}
