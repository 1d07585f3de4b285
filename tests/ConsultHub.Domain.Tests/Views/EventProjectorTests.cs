using ConsultHub.Domain.Commands;
using ConsultHub.Domain.Events;
using ConsultHub.Domain.Model;
using ConsultHub.Domain.Tests.Builders;
using ConsultHub.Domain.Views;

namespace ConsultHub.Domain.Tests.Views;

public sealed class EventProjectorTests
{
    private static ConsultationBuilder Premoderated() =>
        ConsultationBuilder.Live(s => s with { ModerationMode = ModerationMode.Premoderated }).Joined("p-1").Joined("p-2");

    [Fact]
    public void PendingPoint_ReachesObserversAndParticipantsAsAPrivateEventWithoutData()
    {
        var b = Premoderated().PointPosted("p-1", "PENDING-TEXT", out _);

        foreach (var audience in new[] { Audience.Observer, Audience.Participant })
        {
            var projected = Projections.Last(b, audience);
            Assert.Equal(ProjectedEvent.PrivateType, projected.Type);
            Assert.Null(projected.Data);
            Assert.DoesNotContain("PENDING-TEXT", StateJson.Of(projected));
        }
    }

    [Fact]
    public void PendingPoint_ReachesModeratorsWithItsText()
    {
        var b = Premoderated().PointPosted("p-1", "PENDING-TEXT", out _);

        var projected = Projections.Last(b, Audience.Moderator);

        Assert.Equal("point-posted", projected.Type);
        Assert.Equal("PENDING-TEXT", Assert.IsType<PointView>(projected.Data).Text);
    }

    [Fact]
    public void PrivateEvent_StillCarriesTheTalliesItChanged()
    {
        var b = Premoderated().PointPosted("p-1", "PENDING-TEXT", out _);

        Assert.Equal(1, Projections.Last(b, Audience.Observer).Tallies!.Moderation.Pending);
    }

    [Fact]
    public void ApprovedPoint_ReachesObserversWithItsText()
    {
        var b = Premoderated().PointPosted("p-1", "NOW-VISIBLE", out var id);
        b.Step(b.Moderator, new ApprovePoint(id));

        var projected = Projections.Last(b, Audience.Observer);

        Assert.Equal("point-approved", projected.Type);
        Assert.Equal("NOW-VISIBLE", Assert.IsType<PointView>(projected.Data).Text);
    }

    [Fact]
    public void ThemeOfAPendingPoint_IsPrivateForObservers()
    {
        var b = Premoderated().PointPosted("p-1", "PENDING-TEXT", out var id);
        b.Step(b.Moderator, new SetPointTheme(id, ConsultationBuilder.DataSharing));

        Assert.Equal(ProjectedEvent.PrivateType, Projections.Last(b, Audience.Observer).Type);
        Assert.Equal("point-theme-set", Projections.Last(b, Audience.Moderator).Type);
    }

    [Fact]
    public void HiddenPoint_ReachesObserversAsItsIdOnly()
    {
        var b = ConsultationBuilder.Live().Joined("p-1").PointPosted("p-1", "HIDDEN-TEXT", out var id);
        b.Step(b.Moderator, new HidePoint(id, "HIDE-REASON"));

        var observer = Projections.Last(b, Audience.Observer);
        var moderator = Projections.Last(b, Audience.Moderator);

        Assert.Equal(new PointRefView(id), observer.Data);
        Assert.DoesNotContain("HIDE-REASON", StateJson.Of(observer));
        Assert.Equal("HIDE-REASON", Assert.IsType<PointHidden>(moderator.Data).Reason);
        Assert.Equal(1, observer.Tallies!.Moderation.Hidden);
    }

    [Fact]
    public void Merge_ShowsCombinedVotes_ButWhoAndWhyOnlyToModerators()
    {
        var b = ConsultationBuilder.Live().Joined("p-1").Joined("p-2")
            .PointPosted("p-1", "A", out var a).PointPosted("p-2", "B", out var dup).Upvoted("p-1", dup).Upvoted("p-2", a);
        b.Step(b.Moderator, new MergePoints(dup, a, "MERGE-REASON"));

        Assert.Equal(new MergeView(dup, a, 2, null, null), Projections.Last(b, Audience.Observer).Data);
        Assert.Equal(new MergeView(dup, a, 2, "Ana (moderator)", "MERGE-REASON"), Projections.Last(b, Audience.Moderator).Data);
    }

    [Fact]
    public void Upvote_ShowsTheNewCountWithoutNamingTheVoter()
    {
        var b = ConsultationBuilder.Live().Joined("p-1").Joined("voter-x").PointPosted("p-1", "A", out var a).Upvoted("voter-x", a);

        foreach (var audience in Enum.GetValues<Audience>())
        {
            var projected = Projections.Last(b, audience);
            Assert.Equal(new PointVotesView(a, 1), projected.Data);
            Assert.DoesNotContain("voter-x", StateJson.Of(projected));
        }
    }

    [Fact]
    public void Joined_NeverCarriesTheTokenHash()
    {
        var b = ConsultationBuilder.Live().Joined("p-1", connected: false);

        foreach (var audience in Enum.GetValues<Audience>())
        {
            var projected = Projections.Last(b, audience);
            Assert.IsType<ParticipantView>(projected.Data);
            Assert.DoesNotContain("hash-", StateJson.Of(projected));
        }
    }

    [Fact]
    public void Created_NeverCarriesKeyHashesOrTheJoinCode()
    {
        var b = ConsultationBuilder.Created();

        foreach (var audience in Enum.GetValues<Audience>())
        {
            var json = StateJson.Of(Projections.Of(b, audience)[0]);
            Assert.DoesNotContain("hash-", json);
            Assert.DoesNotContain(ConsultationBuilder.JoinCode, json);
            Assert.Contains(ConsultationBuilder.DataSharing, json);
        }
    }

    public static TheoryData<ConsultationCommand, string> ModerationWithReasons => new()
    {
        { new RemoveHand("p-1", "SECRET-REASON"), "hand-lowered" },
        { new LowerAllHands("SECRET-REASON"), "all-hands-lowered" },
        { new MoveHand("p-2", 1, "SECRET-REASON"), "hand-moved" },
        { new RemoveParticipant("p-2", "SECRET-REASON"), "participant-removed" },
    };

    [Theory]
    [MemberData(nameof(ModerationWithReasons))]
    public void ModerationReasons_ReachModeratorsOnly(ConsultationCommand command, string type)
    {
        var b = ConsultationBuilder.Live().Joined("p-1").Joined("p-2").HandRaised("p-1").HandRaised("p-2");
        b.Step(b.Moderator, command);

        foreach (var audience in new[] { Audience.Observer, Audience.Participant })
        {
            var projected = Projections.Last(b, audience);
            Assert.Equal(type, projected.Type);
            Assert.DoesNotContain("SECRET-REASON", StateJson.Of(projected));
        }
        Assert.Contains("SECRET-REASON", StateJson.Of(Projections.Last(b, Audience.Moderator)));
    }

    [Fact]
    public void HiddenPollResults_AreLeftOutForObservers_UntilClose()
    {
        var b = ConsultationBuilder.Live().Joined("p-1").PollOpened("Priority?", ["A", "B"], out var poll, resultsHiddenUntilClose: true).Voted("p-1", poll, 1);

        Assert.Null(Assert.IsType<PollView>(Projections.Last(b, Audience.Observer).Data).Results);
        Assert.Equal([0, 1], Assert.IsType<PollView>(Projections.Last(b, Audience.Moderator).Data).Results);

        b.PollClosed(poll);

        Assert.Equal([0, 1], Assert.IsType<PollView>(Projections.Last(b, Audience.Observer).Data).Results);
    }

    [Fact]
    public void Tallies_AreAttachedOnlyWhenTheEventChangedThem()
    {
        var b = ConsultationBuilder.Live().Joined("p-1", connected: false);

        Assert.Null(Projections.Last(b, Audience.Observer).Tallies);

        b.Connected("p-1");

        Assert.Equal(1, Projections.Last(b, Audience.Observer).Tallies!.PresentByGroup["civil-society"]);
    }

    [Fact]
    public void Queue_IsAttachedInServerOrderOnlyWhenTheEventChangedIt()
    {
        var b = ConsultationBuilder.Live().Joined("p-1").Joined("p-2").HandRaised("p-1").HandRaised("p-2", HandIntent.PointOfOrder);

        Assert.Equal(["p-2", "p-1"], Projections.Last(b, Audience.Observer).Queue!.Select(h => h.ParticipantId));

        b.PointPosted("p-1", "A", out _);

        Assert.Null(Projections.Last(b, Audience.Observer).Queue);
    }

    [Fact]
    public void FloorAndTurnEnd_CarryTheSpeakerAndTheRecordedDuration()
    {
        var b = ConsultationBuilder.Live().Joined("p-1", name: "Amina").HandRaised("p-1").FloorGiven();

        Assert.Equal("Amina", Assert.IsType<FloorView>(Projections.Last(b, Audience.Observer).Data).DisplayName);

        b.Advanced(61).TurnEnded();

        Assert.Equal(new TurnEndedView("T1", "p-1", b.Now, 61_000), Projections.Last(b, Audience.Observer).Data);
    }
}
