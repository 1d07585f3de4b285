namespace ConsultHub.Domain.Summaries;

/// <summary>How the points of a consultation are accounted for in its summary.</summary>
/// <param name="Listed">Visible points, shown.</param>
/// <param name="Folded">Duplicates folded into a listed point.</param>
/// <param name="Hidden">Hidden by a moderator: counted, never shown.</param>
/// <param name="Pending">Awaiting approval: counted, never shown.</param>
/// <param name="Total">Every point made.</param>
public sealed record PointCounts(int Listed, int Folded, int Hidden, int Pending, int Total);
