using ConsultHub.Domain.Model;

namespace ConsultHub.Domain.Events;

/// <summary>A hand joined the queue. (<c>hand-raised</c>)</summary>
public sealed record HandRaised(string ParticipantId, HandIntent Intent, DateTimeOffset RaisedAt) : ConsultationEvent;
