using ConsultHub.Domain.Model;

namespace ConsultHub.Domain.Events;

/// <summary>A moderator moved a hand to a 1-based position. (<c>hand-moved</c>)</summary>
public sealed record HandMoved(string ParticipantId, int Position, string By, string? Reason, DateTimeOffset At) : ConsultationEvent;
