namespace ConsultHub.Domain.Views;

/// <summary>An ended turn with its recorded duration.</summary>
public sealed record TurnEndedView(string TurnId, string ParticipantId, DateTimeOffset EndedAt, long DurationMs);
