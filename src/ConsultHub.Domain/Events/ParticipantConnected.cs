namespace ConsultHub.Domain.Events;

/// <summary>A participant is connected. (<c>participant-connected</c>)</summary>
public sealed record ParticipantConnected(string ParticipantId) : ConsultationEvent;
