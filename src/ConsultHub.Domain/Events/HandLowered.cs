using ConsultHub.Domain.Model;

namespace ConsultHub.Domain.Events;

/// <summary>A hand left the queue without the floor; its waiting time is recorded. (<c>hand-lowered</c>)</summary>
public sealed record HandLowered(string ParticipantId, HandLoweredReason Reason, DateTimeOffset At, string? By = null, string? Note = null) : ConsultationEvent;
