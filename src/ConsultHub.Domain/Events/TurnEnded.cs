namespace ConsultHub.Domain.Events;

/// <summary>A turn ended; its duration is recorded. (<c>turn-ended</c>)</summary>
public sealed record TurnEnded(string TurnId, DateTimeOffset EndedAt) : ConsultationEvent;
