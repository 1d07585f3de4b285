using ConsultHub.Domain.Model;

namespace ConsultHub.Domain.Commands;

/// <summary>Moderator: take one hand out of the queue.</summary>
public sealed record RemoveHand(string ParticipantId, string? Reason = null) : ConsultationCommand;
