namespace ConsultHub.Domain.Events;

/// <summary>A moderator removed a participant. (<c>participant-removed</c>)</summary>
public sealed record ParticipantRemoved(string ParticipantId, string By, string? Reason, DateTimeOffset At) : ConsultationEvent;
