using ConsultHub.Domain.Commands;
using ConsultHub.Domain.Model;
using ConsultHub.Domain.Tests.Builders;
using ConsultHub.Domain.Views;

namespace ConsultHub.Domain.Tests.Views;

public sealed class ViewProjectorTests
{
    /// <summary>A premoderated room with a visible, a pending, a hidden and a merged point.</summary>
    private static ConsultationBuilder Room()
    {
        var b = ConsultationBuilder.Live(s => s with { ModerationMode = ModerationMode.Premoderated })
            .Joined("p-1", StakeholderGroup.Academia, "KE").Joined("p-2", StakeholderGroup.CivilSociety, "BR").Joined("p-3")
            .PointPosted("p-1", "VISIBLE-TEXT approved", out var visible)
            .PointPosted("p-1", "PENDING-TEXT waiting", out _)
            .PointPosted("p-2", "HIDDEN-TEXT insult", out var hidden)
            .PointPosted("p-2", "MERGED-TEXT duplicate", out var merged);
        b.Step(b.Moderator, new ApprovePoint(visible)).Step(b.Moderator, new ApprovePoint(merged))
            .Step(b.Moderator, new HidePoint(hidden, "HIDE-REASON slur"))
            .Step(b.Moderator, new MergePoints(merged, visible, "MERGE-REASON same"))
            .Step(b.Moderator, new RemoveParticipant("p-3", "REMOVE-REASON spam"));
        return b;
    }

    private static string Json(ConsultationBuilder b, Caller caller) => StateJson.Of(ViewProjector.For(b.State, caller));

    [Fact]
    public void Observer_SeesOnlyVisiblePoints_NeverPendingHiddenOrMergedText()
    {
        var b = Room();

        var view = ViewProjector.For(b.State, b.Observer);
        var json = Json(b, b.Observer);

        Assert.Equal(["P1"], view.Points.Select(p => p.Id));
        Assert.Contains("VISIBLE-TEXT", json);
        Assert.DoesNotContain("PENDING-TEXT", json);
        Assert.DoesNotContain("HIDDEN-TEXT", json);
        Assert.DoesNotContain("MERGED-TEXT", json);
    }

    [Fact]
    public void Observer_SeesModerationCounts_ButNoReasonsLedgerSecretsOrRemovedPeople()
    {
        var b = Room();

        var view = ViewProjector.For(b.State, b.Observer);
        var json = Json(b, b.Observer);

        Assert.Equal(new ModerationCounts { Hidden = 1, Merged = 1, Pending = 1, ParticipantsRemoved = 1 }, view.Tallies.Moderation);
        Assert.Null(view.Ledger);
        Assert.Null(view.JoinCode);
        Assert.DoesNotContain("REASON", json);
        Assert.DoesNotContain("hash-", json);
        Assert.DoesNotContain(ConsultationBuilder.JoinCode, json);
        Assert.DoesNotContain(view.Participants, p => p.Id == "p-3");
    }

    [Fact]
    public void Participant_SeesTheirOwnPendingPoint_ButNotSomeoneElses()
    {
        var b = Room().PointPosted("p-2", "OTHER-PENDING", out _);

        var view = ViewProjector.For(b.State, b.Participant("p-1"));

        Assert.Equal(["P1", "P2"], view.Points.Select(p => p.Id).Order());
        Assert.DoesNotContain("OTHER-PENDING", Json(b, b.Participant("p-1")));
        Assert.DoesNotContain("HIDDEN-TEXT", Json(b, b.Participant("p-2")));
        Assert.Null(view.Ledger);
    }

    [Fact]
    public void Moderator_SeesEveryPointTheLedgerAndTheJoinCode_ButNoHashes()
    {
        var b = Room();

        var view = ViewProjector.For(b.State, b.Moderator);

        Assert.Equal(4, view.Points.Count);
        Assert.Equal(3, view.Ledger!.Count);
        Assert.Equal(ConsultationBuilder.JoinCode, view.JoinCode);
        Assert.Contains(view.Participants, p => p.Id == "p-3" && p.Removed);
        Assert.DoesNotContain("hash-", Json(b, b.Moderator));
    }

    [Fact]
    public void Organizer_SeesWhatModeratorsSee()
    {
        var b = Room();

        Assert.Equal(Audience.Moderator, ViewProjector.AudienceOf(Role.Organizer));
        Assert.Equal(4, ViewProjector.For(b.State, b.Organizer).Points.Count);
    }

    [Theory]
    [InlineData(Role.Observer, Audience.Observer)]
    [InlineData(Role.Anonymous, Audience.Observer)]
    [InlineData(Role.Participant, Audience.Participant)]
    [InlineData(Role.Moderator, Audience.Moderator)]
    [InlineData(Role.System, Audience.Moderator)]
    public void AudienceOf_MapsEveryRole(Role role, Audience audience)
    {
        Assert.Equal(audience, ViewProjector.AudienceOf(role));
    }

    [Fact]
    public void MergedTarget_ShowsTheCombinedVotesAndWhatWasFoldedIn()
    {
        var b = ConsultationBuilder.Live().Joined("p-1").Joined("p-2").Joined("p-3")
            .PointPosted("p-1", "A", out var a).PointPosted("p-2", "B", out var dup)
            .Upvoted("p-2", a).Upvoted("p-2", dup).Upvoted("p-3", dup);
        b.Step(b.Moderator, new MergePoints(dup, a));

        var point = Assert.Single(ViewProjector.For(b.State, b.Observer).Points);

        Assert.Equal(2, point.Votes);
        Assert.Equal([dup], point.MergedFrom);
    }

    [Fact]
    public void Points_ArePinnedFirst_ThenByVotes_ThenOldestFirst()
    {
        var b = ConsultationBuilder.Live().Joined("p-1").Joined("p-2")
            .PointPosted("p-1", "old, no votes", out var old).Advanced(1)
            .PointPosted("p-1", "one vote", out var one).Advanced(1)
            .PointPosted("p-2", "newer, no votes", out var newer).Advanced(1)
            .PointPosted("p-2", "pinned", out var pinned)
            .Upvoted("p-2", one);
        b.Step(b.Moderator, new PinPoint(pinned));

        Assert.Equal([pinned, one, old, newer], ViewProjector.For(b.State, b.Observer).Points.Select(p => p.Id));
    }

    [Fact]
    public void PollResults_HiddenUntilClose_ReachOnlyModeratorsWhileOpen()
    {
        var b = ConsultationBuilder.Live().Joined("p-1").PollOpened("Priority?", ["A", "B"], out var poll, resultsHiddenUntilClose: true).Voted("p-1", poll, 1);

        Assert.Null(ViewProjector.For(b.State, b.Observer).Polls[0].Results);
        Assert.Null(ViewProjector.For(b.State, b.Participant("p-1")).Polls[0].Results);
        Assert.Equal([0, 1], ViewProjector.For(b.State, b.Moderator).Polls[0].Results);
        Assert.Equal(1, ViewProjector.For(b.State, b.Observer).Polls[0].TotalVotes);

        b.PollClosed(poll);

        Assert.Equal([0, 1], ViewProjector.For(b.State, b.Observer).Polls[0].Results);
    }

    [Fact]
    public void PollResults_ByDefault_AreLiveForEveryone()
    {
        var b = ConsultationBuilder.Live().Joined("p-1").PollOpened("Priority?", ["A", "B"], out var poll).Voted("p-1", poll, 0);

        Assert.Equal([1, 0], ViewProjector.For(b.State, b.Observer).Polls[0].Results);
    }

    [Fact]
    public void LateJoiner_SeesTheWholeQueueAtOnce_WithPositions()
    {
        var b = ConsultationBuilder.Live().Joined("p-1").Joined("p-2").Joined("p-3")
            .HandRaised("p-1").HandRaised("p-2").HandRaised("p-3", HandIntent.PointOfOrder)
            .Advanced(300).Joined("late");

        var queue = ViewProjector.For(b.State, b.Participant("late")).Queue;

        Assert.Equal([(1, "p-3", HandIntent.PointOfOrder), (2, "p-1", HandIntent.Speak), (3, "p-2", HandIntent.Speak)], queue.Select(h => (h.Position, h.ParticipantId, h.Intent)));
        Assert.Equal("Name of p-3", queue[0].DisplayName);
    }

    [Fact]
    public void Participant_SeesTheirOwnUpvotesAndPollChoices()
    {
        var b = ConsultationBuilder.Live().Joined("p-1").Joined("p-2")
            .PointPosted("p-2", "A", out var a).PointPosted("p-2", "B", out _).Upvoted("p-1", a)
            .PollOpened("Priority?", ["A", "B"], out var poll).Voted("p-1", poll, 1).Voted("p-2", poll, 0);

        var view = ViewProjector.For(b.State, b.Participant("p-1"));

        Assert.Equal([a], view.MyUpvotes);
        Assert.Equal(new Dictionary<string, int> { [poll] = 1 }, view.MyVotes);
        Assert.Empty(ViewProjector.For(b.State, b.Observer).MyUpvotes);
    }

    [Fact]
    public void Floor_ShowsTheSpeakerAndTheServersDeadline()
    {
        var b = ConsultationBuilder.Live(s => s with { SpeakingLimitSeconds = 120 }).Joined("p-1", name: "Amina").FloorGiven("p-1");

        var floor = ViewProjector.For(b.State, b.Observer).Floor!;

        Assert.Equal(("T1", "Amina", b.Now.AddSeconds(120)), (floor.TurnId, floor.DisplayName, floor.EndsAt));
    }
}
