namespace ConsultHub.Domain.Events;

/// <summary>Closed for good. (<c>consultation-closed</c>)</summary>
public sealed record ConsultationClosed(DateTimeOffset ClosedAt) : ConsultationEvent;
