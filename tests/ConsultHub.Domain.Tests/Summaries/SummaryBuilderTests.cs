using ConsultHub.Domain.Commands;
using ConsultHub.Domain.Model;
using ConsultHub.Domain.Summaries;
using ConsultHub.Domain.Tests.Builders;

namespace ConsultHub.Domain.Tests.Summaries;

public sealed class SummaryBuilderTests
{
    private const string Data = ConsultationBuilder.DataSharing, Capacity = ConsultationBuilder.CapacityBuilding;

    [Fact]
    public void Build_GroupsPointsByKind_ThenByTheme_InTheConsultationsThemeOrder_UnthemedLast()
    {
        var b = ConsultationBuilder.Live().Joined("p-1")
            .PointPosted("p-1", "q", out _, PointKind.Question)
            .PointPosted("p-1", "o unthemed", out _, PointKind.Observation)
            .PointPosted("p-1", "o capacity", out _, PointKind.Observation, Capacity)
            .PointPosted("p-1", "o data", out _, PointKind.Observation, Data)
            .PointPosted("p-1", "r", out _, PointKind.Recommendation);

        var summary = SummaryBuilder.Build(b.State);

        Assert.Equal([PointKind.Recommendation, PointKind.Observation, PointKind.Question], summary.Points.Select(k => k.Kind));
        Assert.Equal([Data, Capacity, null], summary.Points[1].Themes.Select(t => t.Theme));
    }

    [Theory]
    [InlineData(34, false)]
    [InlineData(35, true)]
    [InlineData(75, true)]
    public void Build_Timeline_MarksOvertimeByTheTurnsRealDuration_EvenWhenTheTimerNeverMarkedIt(int spokeSeconds, bool overtime)
    {
        var b = ConsultationBuilder.Live(s => s with { SpeakingLimitSeconds = 35 }).Joined("p-1").Spoke("p-1", spokeSeconds);

        var turn = Assert.Single(SummaryBuilder.Build(b.State).Timeline);

        Assert.Equal(overtime, turn.Overtime);
        Assert.Equal(spokeSeconds * 1000L, turn.DurationMs);
    }

    [Fact]
    public void Build_Timeline_ATurnRunningPastItsLimitAtClose_IsOvertime()
    {
        var b = ConsultationBuilder.Live(s => s with { SpeakingLimitSeconds = 35 }).Joined("p-1").FloorGiven("p-1").Advanced(75).Closed();

        var turn = Assert.Single(SummaryBuilder.Build(b.State).Timeline);

        Assert.True(turn.Overtime);
        Assert.Equal(75_000, turn.DurationMs);
    }

    [Fact]
    public void Build_OrdersPointsByVotes_ThenOldestFirst()
    {
        var b = ConsultationBuilder.Live().Joined("p-1").Joined("p-2")
            .PointPosted("p-1", "old, no votes", out _).Advanced(1)
            .PointPosted("p-1", "newer, no votes", out _).Advanced(1)
            .PointPosted("p-1", "newest, voted", out var voted)
            .Upvoted("p-2", voted);

        var points = SummaryBuilder.Build(b.State).Points.Single().Themes.Single().Points;

        Assert.Equal(["newest, voted", "old, no votes", "newer, no votes"], points.Select(p => p.Text));
    }

    [Fact]
    public void Build_FoldsMergedDuplicatesIntoTheirTarget_CountingEachVoterOnce()
    {
        var b = ConsultationBuilder.Live().Joined("p-1").Joined("p-2").Joined("p-3");
        b.PointPosted("p-1", "target", out var target)
            .PointPosted("p-2", "duplicate", out var duplicate)
            .PointPosted("p-3", "duplicate of the duplicate", out var second)
            .Upvoted("p-2", target).Upvoted("p-2", duplicate).Upvoted("p-3", duplicate).Upvoted("p-1", second)
            .Step(b.Moderator, new MergePoints(second, duplicate))
            .Step(b.Moderator, new MergePoints(duplicate, target));

        var summary = SummaryBuilder.Build(b.State);

        var listed = Assert.Single(summary.Points.Single().Themes.Single().Points);
        Assert.Equal(target, listed.Id);
        Assert.Equal(3, listed.Votes);
        Assert.Equal([duplicate, second], listed.Duplicates.Select(d => d.Id));
        Assert.Equal([3, 1], listed.Duplicates.Select(d => d.Votes));
        Assert.Equal(new PointCounts(1, 2, 0, 0, 3), summary.PointCounts);
    }

    [Fact]
    public void Build_LeavesOutHiddenAndPendingPoints_AndTheDuplicatesOfAHiddenPoint_ButCountsThem()
    {
        var b = ConsultationBuilder.Live(s => s with { ModerationMode = ModerationMode.Premoderated }).Joined("p-1").Joined("p-2");
        b.PointPosted("p-1", "SECRET hidden text", out var hidden).Step(b.Moderator, new ApprovePoint(hidden))
            .PointPosted("p-2", "SECRET duplicate of the hidden point", out var duplicate).Step(b.Moderator, new ApprovePoint(duplicate))
            .Step(b.Moderator, new MergePoints(duplicate, hidden))
            .Step(b.Moderator, new HidePoint(hidden, "SECRET reason"))
            .PointPosted("p-2", "SECRET pending text", out _)
            .PointPosted("p-1", "shown", out var shown).Step(b.Moderator, new ApprovePoint(shown));

        var summary = SummaryBuilder.Build(b.State);

        Assert.Equal(new PointCounts(1, 0, 1, 1, 4), summary.PointCounts);
        foreach (var format in SummaryFormats.All)
        {
            var text = format.Format(summary);
            Assert.DoesNotContain("SECRET", text, StringComparison.Ordinal);
            Assert.Contains("shown", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Build_Participation_CountsJoinedPeopleByGroupAndCountry_WithoutRemovedOnes()
    {
        var b = ConsultationBuilder.Live()
            .Joined("p-1", StakeholderGroup.Academia, "KE").Joined("p-2", StakeholderGroup.Academia, "UG")
            .Joined("p-3", StakeholderGroup.CivilSociety, "KE").Joined("p-4", StakeholderGroup.CivilSociety, "KE", connected: false);
        b.Step(b.Moderator, new RemoveParticipant("p-3"));

        var participation = SummaryBuilder.Build(b.State).Participation;

        Assert.Equal(3, participation.Joined);
        Assert.Equal(1, participation.Removed);
        Assert.Equal(Enum.GetValues<StakeholderGroup>(), participation.ByGroup.Select(g => g.Group));
        Assert.Equal(2, participation.ByGroup.Single(g => g.Group == StakeholderGroup.Academia).Participants);
        Assert.Equal(1, participation.ByGroup.Single(g => g.Group == StakeholderGroup.CivilSociety).Participants);
        Assert.Equal([("KE", 2), ("UG", 1)], participation.ByCountry.Select(c => (c.Country!, c.Participants)));
    }

    [Fact]
    public void Build_SpeakersAndGroups_AddUpTurnsSpeakingAndWaitingTime()
    {
        var b = ConsultationBuilder.Live().Joined("p-1", StakeholderGroup.Academia).Joined("p-2", StakeholderGroup.Academia)
            .HandRaised("p-1").Advanced(20).FloorGiven().Advanced(60).TurnEnded()
            .Spoke("p-1", 30).Spoke("p-2", 15);

        var summary = SummaryBuilder.Build(b.State);

        var first = summary.Speakers[0];
        Assert.Equal(("p-1", 2, 90_000L, 20_000L), (first.ParticipantId, first.TurnIds.Count, first.SpokenMs, first.WaitedMs));
        var academia = summary.Participation.ByGroup.Single(g => g.Group == StakeholderGroup.Academia);
        Assert.Equal((2, 3, 105_000L, 20_000L), (academia.Speakers, academia.Turns, academia.SpokenMs, academia.WaitedMs));
    }

    [Fact]
    public void Build_Timeline_ListsEachTurnWithThePointsMadeDuringIt()
    {
        var b = ConsultationBuilder.Live().Joined("p-1").Joined("p-2")
            .PointPosted("p-2", "before any turn", out _)
            .FloorGiven("p-1").Advanced(5).PointPosted("p-2", "during the turn", out var during)
            .PointCaptured("captured for the speaker", out var captured, attributedTo: "p-1")
            .Advanced(5).TurnEnded()
            .FloorGiven("p-2");

        var timeline = SummaryBuilder.Build(b.State).Timeline;

        Assert.Equal(2, timeline.Count);
        Assert.Equal([during, captured], timeline[0].Points.Select(p => p.Id));
        Assert.Equal(10_000, timeline[0].DurationMs);
        Assert.Null(timeline[1].EndedAt);
        Assert.Empty(timeline[1].Points);
    }

    [Fact]
    public void Build_OpenPollWithResultsHiddenUntilClose_LeavesOutTheOptionCounts()
    {
        var b = ConsultationBuilder.Live().Joined("p-1")
            .PollOpened("Hidden?", ["a", "b"], out var hidden, resultsHiddenUntilClose: true).Voted("p-1", hidden, 1)
            .PollOpened("Shown?", ["a", "b"], out var shown).Voted("p-1", shown, 0);

        var polls = SummaryBuilder.Build(b.State).Polls;

        Assert.True(polls[0].ResultsHidden);
        Assert.Equal(1, polls[0].TotalVotes);
        Assert.All(polls[0].Options, o => Assert.Null(o.Votes));
        Assert.Equal([1, 0], polls[1].Options.Select(o => o.Votes!.Value));
    }

    [Fact]
    public void Build_OfTheSameState_IsTheSameInEveryFormat()
    {
        var state = SummaryScenario.Closed().State;

        foreach (var format in SummaryFormats.All)
        {
            Assert.Equal(format.Format(SummaryBuilder.Build(state)), format.Format(SummaryBuilder.Build(state)));
        }
    }

    [Fact]
    public void Build_HeldOn_IsTheDayInTheConsultationsOwnTimeZone()
    {
        var b = ConsultationBuilder.Created(s => s with { TimeZone = "Pacific/Auckland" }).Advanced(TimeSpan.FromHours(2)).Started();

        var metadata = SummaryBuilder.Build(b.State).Consultation;

        Assert.Equal(new DateOnly(2025, 3, 10), DateOnly.FromDateTime(metadata.StartedAt!.Value.UtcDateTime));
        Assert.Equal(new DateOnly(2025, 3, 11), metadata.HeldOn);
    }

    [Fact]
    public void Build_OfAConsultationNeverCreated_Throws() =>
        Assert.Throws<ArgumentException>(() => SummaryBuilder.Build(ConsultationBuilder.Uncreated().State));
}
