using ConsultHub.Domain.Model;

namespace ConsultHub.Domain.Commands;

/// <summary>Moderator: file a point under a theme (or none).</summary>
public sealed record SetPointTheme(string PointId, string? Theme) : ConsultationCommand;
