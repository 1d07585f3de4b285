namespace ConsultHub.Domain.Events;

/// <summary>A point was filed under a theme. (<c>point-theme-set</c>)</summary>
public sealed record PointThemeSet(string PointId, string? Theme) : ConsultationEvent;
