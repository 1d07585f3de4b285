namespace ConsultHub.Domain.Summaries.Localization;

/// <summary>
/// The fixed words of the summary CSV: column headers, section names and row labels, keyed by
/// their English names (which English keeps as they are). Values in data columns (kinds, groups,
/// statuses, country codes) stay wire codes in every language, so a spreadsheet filters the same
/// way whatever language a consultation ran in.
/// </summary>
public static class CsvTerms
{
    /// <summary>Column headers, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "consultation_id", "section", "id", "parent_id", "kind", "theme", "group", "country", "name", "text",
        "votes", "count", "speakers", "turns", "speaking_s", "waiting_s", "start_utc", "start_local", "end_utc", "end_local",
    ];

    /// <summary>Section names (the <c>section</c> column).</summary>
    public static IReadOnlyList<string> Sections { get; } =
    [
        "consultation", "point", "duplicate", "point-count", "group", "country", "speaker", "poll", "poll-option", "moderation",
        "turn", "turn-point", "rollup", "total-kind", "total-point-count", "total-group", "total-country", "total-moderation",
    ];

    /// <summary>Row labels (the <c>name</c> column of metadata, count and roll-up rows; poll states; "overtime").</summary>
    public static IReadOnlyList<string> Labels { get; } =
    [
        "title", "region", "time_zone", "status", "visibility", "held_on", "themes", "created", "planned_start", "session",
        "listed", "folded", "hidden", "pending", "total", "merged", "hands-moved", "hands-removed", "participants-removed",
        "date", "totals", "results-hidden", "closed", "open", "overtime",
    ];

    /// <summary>Every key a language's CSV terms must have.</summary>
    public static IReadOnlyList<string> Keys { get; } = [.. Columns.Concat(Sections).Concat(Labels).Distinct(StringComparer.Ordinal)];
}
