using ConsultHub.Domain.Model;

namespace ConsultHub.Domain.Events;

/// <summary>A point was made or captured. (<c>point-posted</c>)</summary>
public sealed record PointPosted(string PointId, PointKind Kind, string Text, string? Theme, string? AuthorId, bool Captured, string? TurnId, DateTimeOffset PostedAt, PointStatus Status) : ConsultationEvent;
