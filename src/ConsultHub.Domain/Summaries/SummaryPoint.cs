using ConsultHub.Domain.Model;

namespace ConsultHub.Domain.Summaries;

/// <summary>A listed point with the duplicates merged into it.</summary>
/// <param name="Id">Point id.</param>
/// <param name="Kind">Kind.</param>
/// <param name="Theme">Theme, or null.</param>
/// <param name="Text">The text.</param>
/// <param name="AuthorId">Who it is attributed to; null for the floor.</param>
/// <param name="AuthorName">The author's display name.</param>
/// <param name="AuthorGroup">The author's stakeholder group.</param>
/// <param name="Captured">True when a moderator captured it.</param>
/// <param name="TurnId">The turn during which it was made.</param>
/// <param name="PostedAt">When it was made.</param>
/// <param name="Pinned">Whether a moderator pinned it.</param>
/// <param name="Votes">Distinct voters, its duplicates' voters included.</param>
/// <param name="Duplicates">The points folded into this one, oldest first.</param>
public sealed record SummaryPoint(
    string Id,
    PointKind Kind,
    string? Theme,
    string Text,
    string? AuthorId,
    string? AuthorName,
    StakeholderGroup? AuthorGroup,
    bool Captured,
    string? TurnId,
    DateTimeOffset PostedAt,
    bool Pinned,
    int Votes,
    IReadOnlyList<FoldedPoint> Duplicates);
