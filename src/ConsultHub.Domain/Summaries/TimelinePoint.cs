using ConsultHub.Domain.Model;

namespace ConsultHub.Domain.Summaries;

/// <summary>A point made during a turn: listed, or folded into the point named by <see cref="MergedInto"/>.</summary>
/// <param name="Id">Point id.</param>
/// <param name="Kind">Kind.</param>
/// <param name="Text">The text.</param>
/// <param name="Captured">True when a moderator captured it.</param>
/// <param name="MergedInto">The listed point it was folded into, if it is a duplicate.</param>
public sealed record TimelinePoint(string Id, PointKind Kind, string Text, bool Captured, string? MergedInto);
