namespace ConsultHub.Domain.Summaries;

/// <summary>
/// The summary as Markdown for people: headings, lists and tables that read well raw and
/// rendered. Participants' text is escaped so it can never turn into markup. Times are shown in
/// UTC and in the consultation's time zone.
/// </summary>
public sealed class MarkdownSummaryFormatter : ISummaryFormatter
{
    /// <summary>The document title, after the consultation summaries SPEC.md names.</summary>
    public const string Heading = "Summary of recommendations and observations";

    /// <inheritdoc/>
    public string Name => "markdown";

    /// <inheritdoc/>
    public string MediaType => "text/markdown";

    /// <inheritdoc/>
    public string FileExtension => "md";

    /// <inheritdoc/>
    public string Format(ConsultationSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var md = new MarkdownWriter();
        md.Heading(1, Heading);
        new MarkdownSummarySections(md).Write(summary, 2);
        return md.ToString();
    }

    /// <inheritdoc/>
    public string Format(RegionalRollup rollup)
    {
        ArgumentNullException.ThrowIfNull(rollup);
        var md = new MarkdownWriter();
        md.Heading(1, $"{Heading}: roll-up");
        md.Item("Region", rollup.Scope.Region is { Length: > 0 } region ? MarkdownText.Inline(region) : "all regions");
        md.Item("Day", rollup.Scope.Date is { } date ? $"{SummaryText.Date(date)} (each consultation's own time zone)" : "all days");
        if (rollup.Scope.Status is { } status)
        {
            md.Item("Status", SummaryText.Wire(status));
        }
        md.Item("Consultations", string.Join("; ", rollup.Consultations.Select(c =>
            $"{MarkdownText.Inline(c.Consultation.Title)} ({MarkdownText.Inline(c.Consultation.Region)}, {SummaryText.Wire(c.Consultation.Status)})")) is { Length: > 0 } list ? list : "none");
        md.Blank();
        WriteTotals(md, rollup.Totals);
        var sections = new MarkdownSummarySections(md);
        foreach (var summary in rollup.Consultations)
        {
            sections.Write(summary, 2);
        }
        return md.ToString();
    }

    private static void WriteTotals(MarkdownWriter md, RollupTotals t)
    {
        md.Heading(2, "Totals");
        md.Paragraph($"{SummaryText.Count(t.Consultations, "consultation")}; {SummaryText.Count(t.Joined, "participant")}; " +
            $"{SummaryText.Count(t.Speakers, "speaker")} in {SummaryText.Count(t.Turns, "turn")}, {SummaryText.Duration(t.SpokenMs)} on the floor.");
        md.Paragraph(MarkdownSummarySections.PointCountsLine(t.PointCounts));
        md.Table(["Kind", "Points listed"], t.PointsByKind.Select(k => new[] { SummaryText.Kinds(k.Kind), SummaryText.Number(k.Points) }));
        MarkdownSummarySections.GroupTable(md, 3, t.ByGroup);
        MarkdownSummarySections.CountryTable(md, 3, t.ByCountry);
        MarkdownSummarySections.ModerationTable(md, 3, t.Moderation);
    }
}
