namespace ConsultHub.Domain.Events;

/// <summary>The floor is open. (<c>consultation-started</c>)</summary>
public sealed record ConsultationStarted(DateTimeOffset StartedAt) : ConsultationEvent;
