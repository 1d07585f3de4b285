namespace ConsultHub.Domain.Events;

/// <summary>A moderator emptied the queue. (<c>all-hands-lowered</c>)</summary>
public sealed record AllHandsLowered(string By, string? Reason, DateTimeOffset At) : ConsultationEvent;
