using ConsultHub.Domain.Model;

namespace ConsultHub.Domain.Summaries;

/// <summary>
/// The summary as one CSV for spreadsheets: a <c>section</c> column says what each row is
/// (consultation, point, duplicate, point-count, group, country, speaker, poll, poll-option,
/// moderation, turn, turn-point; roll-ups add rollup and total-* rows), and a
/// <c>consultation_id</c> column lets a roll-up hold several consultations. Durations are in
/// seconds; times are ISO 8601 in UTC and in the consultation's own time zone.
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
        var csv = new CsvTable();
        Write(csv, summary);
        return csv.ToString();
    }

    /// <inheritdoc/>
    public string Format(RegionalRollup rollup)
    {
        ArgumentNullException.ThrowIfNull(rollup);
        var csv = new CsvTable();
        var t = rollup.Totals;
        void Total(CsvRow row) => csv.Add(null, null, row);
        Total(new CsvRow("rollup") { Name = "region", Text = rollup.Scope.Region });
        Total(new CsvRow("rollup") { Name = "date", Text = rollup.Scope.Date is { } d ? SummaryText.Date(d) : null });
        Total(new CsvRow("rollup") { Name = "status", Text = rollup.Scope.Status is { } s ? SummaryText.Wire(s) : null });
        Total(new CsvRow("rollup") { Name = "totals", Count = t.Consultations, Speakers = t.Speakers, Turns = t.Turns, SpeakingMs = t.SpokenMs, Text = $"{SummaryText.Number(t.Joined)} participants" });
        foreach (var k in t.PointsByKind)
        {
            Total(new CsvRow("total-kind") { Kind = SummaryText.Wire(k.Kind), Count = k.Points });
        }
        CsvSections.PointCounts(Total, t.PointCounts, "total-point-count");
        CsvSections.Groups(Total, t.ByGroup, "total-group");
        CsvSections.Countries(Total, t.ByCountry, "total-country");
        CsvSections.Moderation(Total, t.Moderation, "total-moderation");
        foreach (var summary in rollup.Consultations)
        {
            Write(csv, summary);
        }
        return csv.ToString();
    }

    private static void Write(CsvTable csv, ConsultationSummary s)
    {
        var c = s.Consultation;
        void Row(CsvRow row) => csv.Add(c.Id, c.TimeZone, row);
        CsvSections.Metadata(Row, c);
        CsvSections.Points(Row, s.Points);
        CsvSections.PointCounts(Row, s.PointCounts, "point-count");
        CsvSections.Groups(Row, s.Participation.ByGroup, "group");
        CsvSections.Countries(Row, s.Participation.ByCountry, "country");
        CsvSections.Speakers(Row, s.Speakers);
        CsvSections.Polls(Row, s.Polls);
        CsvSections.Moderation(Row, s.Moderation, "moderation");
        CsvSections.Timeline(Row, s.Timeline);
    }
}
