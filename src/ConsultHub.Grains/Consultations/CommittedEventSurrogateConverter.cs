using ConsultHub.Domain.Views;

namespace ConsultHub.Grains.Consultations;

/// <summary>Projects every audience of a <see cref="CommittedEvent"/> when it leaves its silo, and rebuilds it on arrival.</summary>
[RegisterConverter]
public sealed class CommittedEventSurrogateConverter : IConverter<CommittedEvent, CommittedEventSurrogate>
{
    /// <inheritdoc/>
    public CommittedEvent ConvertFromSurrogate(in CommittedEventSurrogate surrogate) =>
        new(surrogate.ConsultationId, surrogate.Version, surrogate.Event, surrogate.ForModerators, surrogate.ForParticipants, surrogate.ForObservers);

    /// <inheritdoc/>
    public CommittedEventSurrogate ConvertToSurrogate(in CommittedEvent value) => new()
    {
        ConsultationId = value.ConsultationId,
        Version = value.Version,
        Event = value.Event,
        ForModerators = value.For(Audience.Moderator),
        ForParticipants = value.For(Audience.Participant),
        ForObservers = value.For(Audience.Observer),
    };
}
