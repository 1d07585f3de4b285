namespace ConsultHub.Domain.Events;

/// <summary>A participant dropped off. (<c>participant-disconnected</c>)</summary>
public sealed record ParticipantDisconnected(string ParticipantId, DateTimeOffset At) : ConsultationEvent;
