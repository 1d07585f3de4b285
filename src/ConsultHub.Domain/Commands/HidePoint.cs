using ConsultHub.Domain.Model;

namespace ConsultHub.Domain.Commands;

/// <summary>Moderator: hide a point; kept for the record, never shown to observers.</summary>
public sealed record HidePoint(string PointId, string? Reason = null) : ConsultationCommand;
