namespace ConsultHub.Domain.Events;

/// <summary>30 seconds left. (<c>turn-warned</c>)</summary>
public sealed record TurnWarned(string TurnId) : ConsultationEvent;
