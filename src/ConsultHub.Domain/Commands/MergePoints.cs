using ConsultHub.Domain.Model;

namespace ConsultHub.Domain.Commands;

/// <summary>Moderator: fold a duplicate into another point; votes merge without double counting.</summary>
public sealed record MergePoints(string DuplicateId, string IntoId, string? Reason = null) : ConsultationCommand;
