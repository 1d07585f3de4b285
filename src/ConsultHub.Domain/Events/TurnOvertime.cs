namespace ConsultHub.Domain.Events;

/// <summary>The speaking limit passed. (<c>turn-overtime</c>)</summary>
public sealed record TurnOvertime(string TurnId) : ConsultationEvent;
