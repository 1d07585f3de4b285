namespace ConsultHub.Domain.Events;

/// <summary>A point was hidden. (<c>point-hidden</c>)</summary>
public sealed record PointHidden(string PointId, string By, string? Reason, DateTimeOffset At) : ConsultationEvent;
