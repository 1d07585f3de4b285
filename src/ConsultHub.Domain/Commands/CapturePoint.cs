using ConsultHub.Domain.Model;

namespace ConsultHub.Domain.Commands;

/// <summary>Moderator: capture a point on behalf of the floor or a named participant.</summary>
public sealed record CapturePoint(PointKind Kind, string Text, string? Theme = null, string? AttributedTo = null) : ConsultationCommand;
