using ConsultHub.Domain.Model;

namespace ConsultHub.Domain.Events;

/// <summary>Someone joined. (<c>participant-joined</c>)</summary>
public sealed record ParticipantJoined(string ParticipantId, string DisplayName, string? Affiliation, StakeholderGroup Group, string? Country, string TokenHash, bool IsModerator, DateTimeOffset JoinedAt) : ConsultationEvent;
