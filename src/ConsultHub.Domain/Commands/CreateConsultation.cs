using ConsultHub.Domain.Model;

namespace ConsultHub.Domain.Commands;

/// <summary>Organizer: create the consultation with its secrets (hashed by the host).</summary>
public sealed record CreateConsultation(ConsultationSettings Settings, string JoinCode, string ModeratorKeyHash, string ObserverKeyHash) : ConsultationCommand;
