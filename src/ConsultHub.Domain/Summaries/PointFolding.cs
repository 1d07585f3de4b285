using ConsultHub.Domain.Model;

namespace ConsultHub.Domain.Summaries;

/// <summary>
/// Decides which points a summary shows: visible points are listed, merged duplicates are folded
/// into the listed point their merge chain ends at, and everything else is only counted. A
/// duplicate of a point that was later hidden, or is still pending, is left out with it.
/// </summary>
internal sealed class PointFolding(ConsultationState state)
{
    private readonly Dictionary<string, string?> _listedTarget = state.Points.Values.ToDictionary(p => p.Id, p => ListedTarget(state, p));

    public IReadOnlyList<PointKindSection> Sections()
    {
        var listed = state.Points.Values.Where(p => p.Status == PointStatus.Visible).ToList();
        var themeOrder = state.Settings.Themes.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i, StringComparer.Ordinal);
        return
        [
            .. SummaryBuilder.KindOrder
                .Select(kind => new PointKindSection(kind,
                [
                    .. listed.Where(p => p.Kind == kind)
                        .GroupBy(p => p.Theme)
                        .OrderBy(g => g.Key is null ? 1 : 0)
                        .ThenBy(g => g.Key is not null && themeOrder.TryGetValue(g.Key, out var i) ? i : int.MaxValue)
                        .ThenBy(g => g.Key, StringComparer.Ordinal)
                        .Select(g => new PointThemeSection(g.Key, [.. g.OrderByDescending(p => p.Voters.Count).ThenBy(p => p.PostedAt).ThenBy(p => p.Id, IdOrder.Instance).Select(Listed)])),
                ]))
                .Where(section => section.Themes.Count > 0),
        ];
    }

    public PointCounts Counts()
    {
        var all = state.Points.Values;
        return new PointCounts(
            all.Count(p => p.Status == PointStatus.Visible),
            all.Count(p => p.Status == PointStatus.Merged && _listedTarget[p.Id] is not null),
            all.Count(p => p.Status == PointStatus.Hidden),
            all.Count(p => p.Status == PointStatus.Pending),
            all.Count());
    }

    /// <summary>The points made during a turn that the summary shows, listed or folded, oldest first.</summary>
    public IReadOnlyList<TimelinePoint> MadeDuring(string turnId) =>
    [
        .. state.Points.Values
            .Where(p => p.TurnId == turnId && _listedTarget[p.Id] is not null)
            .OrderBy(p => p.PostedAt).ThenBy(p => p.Id, IdOrder.Instance)
            .Select(p => new TimelinePoint(p.Id, p.Kind, p.Text, p.Captured, p.Status == PointStatus.Merged ? _listedTarget[p.Id] : null)),
    ];

    private SummaryPoint Listed(Point p)
    {
        var author = p.AuthorId is not null && state.Participants.TryGetValue(p.AuthorId, out var a) ? a : null;
        var duplicates = Duplicates(p).OrderBy(d => d.PostedAt).ThenBy(d => d.Id, IdOrder.Instance)
            .Select(d => new FoldedPoint(d.Id, d.Text, AuthorName(d), d.PostedAt.ToUniversalTime(), d.Voters.Count));
        return new SummaryPoint(p.Id, p.Kind, p.Theme, p.Text, p.AuthorId, author?.DisplayName, author?.Group, p.Captured, p.TurnId,
            p.PostedAt.ToUniversalTime(), p.Pinned, p.Voters.Count, [.. duplicates]);
    }

    /// <summary>Every point merged into <paramref name="p"/>, directly or through a chain of merges.</summary>
    private IEnumerable<Point> Duplicates(Point p) =>
        p.MergedFrom.Select(id => state.Points[id]).SelectMany(d => Duplicates(d).Prepend(d));

    private string? AuthorName(Point p) =>
        p.AuthorId is not null && state.Participants.TryGetValue(p.AuthorId, out var a) ? a.DisplayName : null;

    /// <summary>The listed point a point shows as (itself when visible), or null when it is left out.</summary>
    private static string? ListedTarget(ConsultationState state, Point p)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (p.Status == PointStatus.Merged && p.MergedInto is { } into && seen.Add(p.Id) && state.Points.TryGetValue(into, out var target))
        {
            p = target;
        }
        return p.Status == PointStatus.Visible ? p.Id : null;
    }
}
