using ConsultHub.Domain.Model;

namespace ConsultHub.Domain.Commands;

/// <summary>Moderator: make a pending point visible.</summary>
public sealed record ApprovePoint(string PointId) : ConsultationCommand;
