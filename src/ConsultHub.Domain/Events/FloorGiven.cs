using ConsultHub.Domain.Model;

namespace ConsultHub.Domain.Events;

/// <summary>A turn started; the hand, if any, left the queue. (<c>floor-given</c>)</summary>
public sealed record FloorGiven(string TurnId, string ParticipantId, HandIntent? Intent, DateTimeOffset StartedAt, int LimitSeconds) : ConsultationEvent;
