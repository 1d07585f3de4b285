namespace ConsultHub.Domain.Events;

/// <summary>A pending point became visible. (<c>point-approved</c>)</summary>
public sealed record PointApproved(string PointId) : ConsultationEvent;
