namespace ConsultHub.Domain.Events;

/// <summary>A point was pinned or unpinned. (<c>point-pinned</c>)</summary>
public sealed record PointPinned(string PointId, bool Pinned) : ConsultationEvent;
