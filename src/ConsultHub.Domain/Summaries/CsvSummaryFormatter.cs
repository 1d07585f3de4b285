using ConsultHub.Domain.Summaries.Localization;

namespace ConsultHub.Domain.Summaries;

/// <summary>
/// The summary as one CSV for spreadsheets: a <c>section</c> column says what each row is
/// (consultation, point, duplicate, point-count, group, country, speaker, poll, poll-option,
/// moderation, turn, turn-point; roll-ups add rollup and total-* rows), and a
/// <c>consultation_id</c> column lets a roll-up hold several consultations. Durations are in
/// seconds; times are ISO 8601 in UTC and in the consultation's own time zone. Column headers,
/// section names and row labels are in the summary's language (a roll-up's, for a roll-up); English
/// keeps the names above.
/// </summary>
public sealed class CsvSummaryFormatter : ISummaryFormatter
{
    /// <inheritdoc/>
    public string Name => "csv";

    /// <inheritdoc/>
    public string MediaType => "text/csv";

    /// <inheritdoc/>
    public string FileExtension => "csv";

    /// <inheritdoc/>
    public string Format(ConsultationSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var csv = new CsvTable(SummaryCatalogue.Csv(summary.Language));
        Write(csv, new CsvSections(SummaryCatalogue.Csv(summary.Language), summary.Labels), summary);
        return csv.ToString();
    }

    /// <inheritdoc/>
    public string Format(RegionalRollup rollup)
    {
        ArgumentNullException.ThrowIfNull(rollup);
        var terms = SummaryCatalogue.Csv(rollup.Language);
        var (csv, sections, l) = (new CsvTable(terms), new CsvSections(terms, rollup.Labels), rollup.Labels);
        var t = rollup.Totals;
        void Total(CsvRow row) => csv.Add(null, null, row);
        Total(new CsvRow("rollup") { Name = terms["region"], Text = rollup.Scope.Region });
        Total(new CsvRow("rollup") { Name = terms["date"], Text = rollup.Scope.Date is { } d ? SummaryText.Date(d) : null });
        Total(new CsvRow("rollup") { Name = terms["status"], Text = rollup.Scope.Status is { } s ? SummaryText.Wire(s) : null });
        Total(new CsvRow("rollup") { Name = terms["totals"], Count = t.Consultations, Speakers = t.Speakers, Turns = t.Turns, SpeakingMs = t.SpokenMs, Text = l.Count(l.ParticipantCount, t.Joined) });
        foreach (var k in t.PointsByKind)
        {
            Total(new CsvRow("total-kind") { Kind = SummaryText.Wire(k.Kind), Count = k.Points });
        }
        sections.PointCounts(Total, t.PointCounts, "total-point-count");
        sections.Groups(Total, t.ByGroup, "total-group");
        sections.Countries(Total, t.ByCountry, "total-country");
        sections.Moderation(Total, t.Moderation, "total-moderation");
        foreach (var summary in rollup.Consultations)
        {
            Write(csv, sections, summary);
        }
        return csv.ToString();
    }

    private static void Write(CsvTable csv, CsvSections sections, ConsultationSummary s)
    {
        var c = s.Consultation;
        void Row(CsvRow row) => csv.Add(c.Id, c.TimeZone, row);
        sections.Metadata(Row, c);
        sections.Points(Row, s.Points);
        sections.PointCounts(Row, s.PointCounts, "point-count");
        sections.Groups(Row, s.Participation.ByGroup, "group");
        sections.Countries(Row, s.Participation.ByCountry, "country");
        sections.Speakers(Row, s.Speakers);
        sections.Polls(Row, s.Polls);
        sections.Moderation(Row, s.Moderation, "moderation");
        sections.Timeline(Row, s.Timeline);
    }
}
