namespace ConsultHub.Domain.Summaries;

/// <summary>The formats summaries are written in, by name.</summary>
public static class SummaryFormats
{
    /// <summary>Markdown, the default.</summary>
    public static ISummaryFormatter Markdown { get; } = new MarkdownSummaryFormatter();

    /// <summary>Every format: markdown, json, csv.</summary>
    public static IReadOnlyList<ISummaryFormatter> All { get; } = [Markdown, new JsonSummaryFormatter(), new CsvSummaryFormatter()];

    /// <summary>The format named <paramref name="name"/> (case-insensitive); Markdown when no name is given; null when unknown.</summary>
    public static ISummaryFormatter? Find(string? name) =>
        string.IsNullOrEmpty(name) ? Markdown : All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
}
