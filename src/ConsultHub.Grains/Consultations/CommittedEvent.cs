using ConsultHub.Domain.Events;
using ConsultHub.Domain.Views;

namespace ConsultHub.Grains.Consultations;

/// <summary>
/// A durable event, already shaped for each audience, so every connection of an audience gets the
/// same object (and SignalR serializes it once per audience).
/// </summary>
/// <param name="ConsultationId">The consultation.</param>
/// <param name="Version">The event's version.</param>
/// <param name="Event">The raw event, for host-side reactions such as dropping a removed participant's connections.</param>
/// <param name="ForModerators">The moderators' (and organizer's) envelope.</param>
/// <param name="ForParticipants">The participants' envelope.</param>
/// <param name="ForObservers">The observers' envelope.</param>
[GenerateSerializer, Immutable, Alias("ConsultHub.CommittedEvent")]
public sealed record CommittedEvent(string ConsultationId, long Version, ConsultationEvent Event, EventEnvelope ForModerators, EventEnvelope ForParticipants, EventEnvelope ForObservers)
{
    /// <summary>The envelope for an audience.</summary>
    public EventEnvelope For(Audience audience) => audience switch
    {
        Audience.Moderator => ForModerators,
        Audience.Participant => ForParticipants,
        _ => ForObservers,
    };
}
