using ConsultHub.Domain.Model;

namespace ConsultHub.Domain.Summaries;

/// <summary>The listed points of one kind, by theme.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="Themes">Themes in the consultation's order, unthemed last.</param>
public sealed record PointKindSection(PointKind Kind, IReadOnlyList<PointThemeSection> Themes);
