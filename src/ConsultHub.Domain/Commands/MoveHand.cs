using ConsultHub.Domain.Model;

namespace ConsultHub.Domain.Commands;

/// <summary>Moderator: move a hand to a 1-based position (1 = head).</summary>
public sealed record MoveHand(string ParticipantId, int Position, string? Reason = null) : ConsultationCommand;
