namespace ConsultHub.Domain.Summaries;

/// <summary>One line of the summary CSV; each section fills the columns that mean something for it.</summary>
internal sealed record CsvRow(string Section)
{
    public string? Id { get; init; }
    public string? ParentId { get; init; }
    public string? Kind { get; init; }
    public string? Theme { get; init; }
    public string? Group { get; init; }
    public string? Country { get; init; }
    public string? Name { get; init; }
    public string? Text { get; init; }
    public long? Votes { get; init; }
    public long? Count { get; init; }
    public long? Speakers { get; init; }
    public long? Turns { get; init; }
    public long? SpeakingMs { get; init; }
    public long? WaitingMs { get; init; }
    public DateTimeOffset? Start { get; init; }
    public DateTimeOffset? End { get; init; }
}
