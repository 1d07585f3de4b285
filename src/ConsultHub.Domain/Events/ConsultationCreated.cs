using ConsultHub.Domain.Model;

namespace ConsultHub.Domain.Events;

/// <summary>The consultation exists. (<c>consultation-created</c>)</summary>
public sealed record ConsultationCreated(ConsultationSettings Settings, string JoinCode, string ModeratorKeyHash, string ObserverKeyHash, DateTimeOffset CreatedAt) : ConsultationEvent;
