using ConsultHub.Domain.Model;

namespace ConsultHub.Domain.Commands;

/// <summary>Join with the join code (participants) or as a moderator who wants a place in the queue. The host chooses the id and hashes the token.</summary>
public sealed record Join(string ParticipantId, string? JoinCode, string DisplayName, string? Affiliation, StakeholderGroup Group, string? Country, string TokenHash) : ConsultationCommand;
