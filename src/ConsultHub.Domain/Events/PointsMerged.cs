namespace ConsultHub.Domain.Events;

/// <summary>A duplicate was folded into another point. (<c>points-merged</c>)</summary>
public sealed record PointsMerged(string DuplicateId, string IntoId, string By, string? Reason, DateTimeOffset At) : ConsultationEvent;
