using ConsultHub.Domain.Model;

namespace ConsultHub.Domain.Views;

/// <summary>A point with its vote count; voters' identities are not shown.</summary>
public sealed record PointView(
    string Id, PointKind Kind, string Text, string? Theme, string? AuthorId, string? AuthorName, bool Captured,
    string? TurnId, DateTimeOffset PostedAt, PointStatus Status, bool Pinned, int Votes, string? MergedInto, IReadOnlyList<string> MergedFrom)
{
    /// <summary>Projects a point.</summary>
    public static PointView Of(ConsultationState state, Point p) => new(
        p.Id, p.Kind, p.Text, p.Theme, p.AuthorId,
        p.AuthorId is not null && state.Participants.TryGetValue(p.AuthorId, out var author) ? author.DisplayName : null,
        p.Captured, p.TurnId, p.PostedAt, p.Status, p.Pinned, p.Voters.Count, p.MergedInto, p.MergedFrom);

    /// <summary>Pinned first, then most votes, then oldest.</summary>
    public static IEnumerable<Point> Ranked(IEnumerable<Point> points) =>
        points.OrderByDescending(p => p.Pinned).ThenByDescending(p => p.Voters.Count).ThenBy(p => p.PostedAt).ThenBy(p => p.Id.Length).ThenBy(p => p.Id, StringComparer.Ordinal);
}
