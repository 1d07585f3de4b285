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

    /// <summary>The same consultation run in French and in Arabic: headings and labels translated, people's words as written.</summary>
    [Theory]
    [InlineData(Language.Fr, "fr")]
    [InlineData(Language.Ar, "ar")]
    public void Markdown_InTheConsultationsLanguage_MatchesTheGoldenFile(Language language, string code) =>
        GoldenFile.AssertMatches($"summary.{code}.md", new MarkdownSummaryFormatter().Format(InLanguage(language)));

    [Theory]
    [InlineData(Language.Fr, "fr")]
    [InlineData(Language.Ar, "ar")]
    public void Csv_InTheConsultationsLanguage_MatchesTheGoldenFile(Language language, string code) =>
        GoldenFile.AssertMatches($"summary.{code}.csv", new CsvSummaryFormatter().Format(InLanguage(language)));

    [Fact]
    public void Markdown_OfARollupInFrench_MatchesTheGoldenFile() =>
        GoldenFile.AssertMatches("rollup.fr.md", new MarkdownSummaryFormatter().Format(Rollup(Language.Fr)));

    private static ConsultationSummary InLanguage(Language language) =>
        SummaryBuilder.Build(SummaryScenario.Closed(configure: s => s with { Language = language }).State);

    private static RegionalRollup Rollup(Language language = Language.En) => RegionalRollup.Of(new RollupScope(Date: new DateOnly(2025, 3, 10), Status: ConsultationStatus.Closed), RollupScenario.OneDay(), language);
}
