using ConsultHub.Domain.Model;
using ConsultHub.Domain.Summaries;

namespace ConsultHub.Domain.Tests.Summaries;

public sealed class RegionalRollupTests
{
    [Fact]
    public void Of_KeepsOnlyTheConsultationsOfTheRegion_IgnoringCaseAndSpaces()
    {
        var rollup = RegionalRollup.Of(new RollupScope(Region: "  ASIA "), RollupScenario.OneDay());

        Assert.Equal(["c-asia"], rollup.Consultations.Select(c => c.Consultation.Id));
        Assert.Equal(1, rollup.Totals.Consultations);
    }

    [Fact]
    public void Of_ADay_MeansTheDayInEachConsultationsOwnTimeZone()
    {
        // 02:00 UTC on 11 March is still 10 March in New York and already 11 March in Tokyo.
        var lateInNewYork = SummaryBuilder.Build(RollupScenario.Small("c-ny", "Americas", "America/New_York", "US", "x", TimeSpan.FromHours(17)));
        var earlyInTokyo = SummaryBuilder.Build(RollupScenario.Small("c-tokyo", "Asia", "Asia/Tokyo", "JP", "y", TimeSpan.FromHours(17)));

        var rollup = RegionalRollup.Of(new RollupScope(Date: new DateOnly(2025, 3, 10)), [lateInNewYork, earlyInTokyo]);

        Assert.Equal(["c-ny"], rollup.Consultations.Select(c => c.Consultation.Id));
    }

    [Fact]
    public void Of_OrdersConsultationsByWhenTheyWereHeld()
    {
        var rollup = RegionalRollup.Of(new RollupScope(), RollupScenario.OneDay());

        Assert.Equal(["c-asia", "c-africa", "c-americas"], rollup.Consultations.Select(c => c.Consultation.Id));
    }

    [Fact]
    public void Of_AddsUpParticipationPointsAndModeration()
    {
        var all = RollupScenario.OneDay();

        var totals = RegionalRollup.Of(new RollupScope(Status: ConsultationStatus.Closed), all).Totals;

        Assert.Equal(all.Sum(s => s.Participation.Joined), totals.Joined);
        Assert.Equal(all.Sum(s => s.Timeline.Count), totals.Turns);
        Assert.Equal(all.Sum(s => s.PointCounts.Listed), totals.PointsByKind.Sum(k => k.Points));
        Assert.Equal(all.Sum(s => s.Moderation.Hidden), totals.Moderation.Hidden);
        Assert.Equal(3, totals.ByGroup.Single(g => g.Group == StakeholderGroup.Academia).Participants);
        Assert.Equal(all.Sum(s => s.Participation.ByCountry.Sum(c => c.Participants)), totals.ByCountry.Sum(c => c.Participants));
    }

    [Fact]
    public void Of_NothingInScope_IsAnEmptyRollupInEveryFormat()
    {
        var rollup = RegionalRollup.Of(new RollupScope(Region: "Antarctica"), RollupScenario.OneDay());

        Assert.Empty(rollup.Consultations);
        Assert.All(SummaryFormats.All, f => Assert.False(string.IsNullOrWhiteSpace(f.Format(rollup))));
    }
}
