using ConsultHub.Domain.Model;

namespace ConsultHub.Domain.Commands;

/// <summary>System timer: lowers the hand of a participant still disconnected past the grace period.</summary>
public sealed record ExpireGrace(string ParticipantId) : ConsultationCommand;
