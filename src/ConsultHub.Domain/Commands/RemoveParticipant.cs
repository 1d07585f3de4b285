using ConsultHub.Domain.Model;

namespace ConsultHub.Domain.Commands;

/// <summary>Moderator: remove a participant; their token stops working at once.</summary>
public sealed record RemoveParticipant(string ParticipantId, string? Reason = null) : ConsultationCommand;
