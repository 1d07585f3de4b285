using ConsultHub.Domain.Summaries.Localization;

namespace ConsultHub.Domain.Summaries;

/// <summary>
/// The summary as Markdown for people: headings, lists and tables that read well raw and
/// rendered. Participants' text is escaped so it can never turn into markup. Times are shown in
/// UTC and in the consultation's time zone. Headings and labels are in the summary's language (a
/// roll-up's, for a roll-up).
/// </summary>
public sealed class MarkdownSummaryFormatter : ISummaryFormatter
{
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
        md.Heading(1, summary.Labels.Title);
        new MarkdownSummarySections(md, summary.Labels).Write(summary, 2);
        return md.ToString();
    }

    /// <inheritdoc/>
    public string Format(RegionalRollup rollup)
    {
        ArgumentNullException.ThrowIfNull(rollup);
        var l = rollup.Labels;
        var md = new MarkdownWriter();
        md.Heading(1, SummaryLabels.Fill(l.RollupTitle, l.Title));
        md.Item(l.Region, rollup.Scope.Region is { Length: > 0 } region ? MarkdownText.Inline(region) : l.AllRegions);
        md.Item(l.Day, rollup.Scope.Date is { } date ? SummaryLabels.Fill(l.DayValue, SummaryText.Date(date)) : l.AllDays);
        if (rollup.Scope.Status is { } status)
        {
            md.Item(l.Status, SummaryLabels.Name(l.Statuses, status));
        }
        md.Item(l.Consultations, string.Join("; ", rollup.Consultations.Select(c =>
            $"{MarkdownText.Inline(c.Consultation.Title)} ({MarkdownText.Inline(c.Consultation.Region)}, {SummaryLabels.Name(l.Statuses, c.Consultation.Status)})")) is { Length: > 0 } list ? list : l.NoneListed);
        md.Blank();
        var sections = new MarkdownSummarySections(md, l);
        WriteTotals(md, sections, l, rollup.Totals);
        foreach (var summary in rollup.Consultations)
        {
            sections.Write(summary, 2);
        }
        return md.ToString();
    }

    private static void WriteTotals(MarkdownWriter md, MarkdownSummarySections sections, SummaryLabels l, RollupTotals t)
    {
        md.Heading(2, l.Totals);
        md.Paragraph(SummaryLabels.Fill(l.TotalsLine,
            l.Count(l.ConsultationCount, t.Consultations), l.Count(l.ParticipantCount, t.Joined), l.Count(l.SpeakerCount, t.Speakers), l.Count(l.TurnCount, t.Turns),
            SummaryText.Duration(t.SpokenMs),
            SummaryText.Number(t.Consultations), SummaryText.Number(t.Joined), SummaryText.Number(t.Speakers), SummaryText.Number(t.Turns)));
        md.Paragraph(sections.PointCountsLine(t.PointCounts));
        md.Table([l.Kind, l.PointsListed], t.PointsByKind.Select(k => new[] { SummaryLabels.Name(l.KindHeadings, k.Kind), SummaryText.Number(k.Points) }));
        sections.GroupTable(3, t.ByGroup);
        sections.CountryTable(3, t.ByCountry);
        sections.ModerationTable(3, t.Moderation);
    }
}
