namespace ConsultHub.Domain.Summaries;

/// <summary>The listed points of one kind and theme, most votes first, then oldest.</summary>
/// <param name="Theme">The theme, or null for points without one.</param>
/// <param name="Points">The points.</param>
public sealed record PointThemeSection(string? Theme, IReadOnlyList<SummaryPoint> Points);
