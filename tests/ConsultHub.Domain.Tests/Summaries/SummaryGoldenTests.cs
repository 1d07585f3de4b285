using ConsultHub.Domain.Model;
using ConsultHub.Domain.Summaries;

namespace ConsultHub.Domain.Tests.Summaries;

public sealed class SummaryGoldenTests
{
    private static readonly ConsultationSummary Summary = SummaryBuilder.Build(SummaryScenario.Closed().State);

    [Fact]
    public void Markdown_OfAClosedConsultation_MatchesTheGoldenFile() =>
        GoldenFile.AssertMatches("summary.md", new MarkdownSummaryFormatter().Format(Summary));

    [Fact]
    public void Csv_OfAClosedConsultation_MatchesTheGoldenFile() =>
        GoldenFile.AssertMatches("summary.csv", new CsvSummaryFormatter().Format(Summary));

    [Fact]
    public void Markdown_OfARollup_MatchesTheGoldenFile() =>
        GoldenFile.AssertMatches("rollup.md", new MarkdownSummaryFormatter().Format(Rollup()));

    [Fact]
    public void Csv_OfARollup_MatchesTheGoldenFile() =>
        GoldenFile.AssertMatches("rollup.csv", new CsvSummaryFormatter().Format(Rollup()));

    private static RegionalRollup Rollup() => RegionalRollup.Of(new RollupScope(Date: new DateOnly(2025, 3, 10), Status: ConsultationStatus.Closed), RollupScenario.OneDay());
}
