using ConsultHub.Domain.Model;

namespace ConsultHub.Domain.Summaries;

/// <summary>Listed points of one kind.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="Points">How many are listed.</param>
public sealed record KindCount(PointKind Kind, int Points);
