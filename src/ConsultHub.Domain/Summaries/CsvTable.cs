using System.Text;
using ConsultHub.Domain.Summaries.Localization;

namespace ConsultHub.Domain.Summaries;

/// <summary>
/// Writes <see cref="CsvRow"/>s as RFC 4180 CSV: CRLF line ends, fields with a comma, quote or
/// line break quoted, quotes doubled. A field starting with <c>= + - @</c> (or a tab or carriage
/// return) is prefixed with an apostrophe, so a spreadsheet never runs participants' text as a formula.
/// The header and section names are in the language of <paramref name="terms"/> (<see cref="CsvTerms"/>);
/// the header is the same for summaries and roll-ups, so one reader handles both.
/// </summary>
internal sealed class CsvTable(IReadOnlyDictionary<string, string> terms)
{
    private readonly StringBuilder _sb = new StringBuilder().AppendJoin(',', CsvTerms.Columns.Select(c => Field(terms[c]))).Append("\r\n");

    /// <summary>Writes a row for <paramref name="consultationId"/> (empty for roll-up totals); local times use <paramref name="timeZone"/> when given.</summary>
    public void Add(string? consultationId, string? timeZone, CsvRow r) => Line(Row(consultationId, timeZone, r));

    private string?[] Row(string? consultationId, string? timeZone, CsvRow r) =>
    [
        consultationId, terms[r.Section], r.Id, r.ParentId, r.Kind, r.Theme, r.Group, r.Country, r.Name, r.Text,
        N(r.Votes), N(r.Count), N(r.Speakers), N(r.Turns),
        r.SpeakingMs is { } s ? SummaryText.Seconds(s) : null, r.WaitingMs is { } w ? SummaryText.Seconds(w) : null,
        Utc(r.Start), Local(r.Start, timeZone), Utc(r.End), Local(r.End, timeZone),
    ];

    public override string ToString() => _sb.ToString();

    /// <summary>One field, neutralized and quoted as needed.</summary>
    public static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }
        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }

    private void Line(IEnumerable<string?> fields) => _sb.AppendJoin(',', fields.Select(Field)).Append("\r\n");

    private static string? N(long? n) => n is { } v ? SummaryText.Number(v) : null;

    private static string? Utc(DateTimeOffset? at) => at is { } v ? SummaryText.IsoUtc(v) : null;

    private static string? Local(DateTimeOffset? at, string? timeZone) => at is { } v && timeZone is not null ? SummaryText.IsoLocal(v, timeZone) : null;
}
