namespace ConsultHub.Domain.Summaries;

/// <summary>A duplicate merged into a listed point.</summary>
/// <param name="Id">Point id.</param>
/// <param name="Text">Its text.</param>
/// <param name="AuthorName">Its author's display name, if attributed.</param>
/// <param name="PostedAt">When it was made.</param>
/// <param name="Votes">The votes it had when merged, its own duplicates' included (all already counted in the target's votes).</param>
public sealed record FoldedPoint(string Id, string Text, string? AuthorName, DateTimeOffset PostedAt, int Votes);
