using ConsultHub.Domain.Model;

namespace ConsultHub.Domain.Commands;

/// <summary>Moderator: pin or unpin a point.</summary>
public sealed record PinPoint(string PointId, bool Pinned = true) : ConsultationCommand;
