using ConsultHub.Domain.Model;

namespace ConsultHub.Domain.Commands;

/// <summary>Participant: make a point.</summary>
public sealed record PostPoint(PointKind Kind, string Text, string? Theme = null) : ConsultationCommand;
