using ConsultHub.Domain.Events;
using ConsultHub.Domain.Model;
using ConsultHub.Domain.Views;

namespace ConsultHub.Grains.Consultations;

/// <summary>
/// A durable event and its shape for each audience. An audience's envelope is projected the first
/// time someone asks for it and then shared, so every connection of an audience gets the same
/// object (serialized once per audience), and an audience nobody watches costs nothing: the silo
/// that holds the grain asks only for the audiences it has watchers of. Crossing to another silo
/// projects all three (<see cref="CommittedEventSurrogate"/>), since the grain cannot know what
/// that silo's watchers need.
/// </summary>
[Immutable, Alias("ConsultHub.CommittedEvent")]
public sealed class CommittedEvent
{
    private readonly EventEnvelope?[] _envelopes = new EventEnvelope?[3];
    private readonly ConsultationState? _after;
    private readonly DateTimeOffset _at;
    private readonly Tallies? _tallies;
    private readonly IReadOnlyList<HandView>? _queue;

    /// <summary>An event folded from <paramref name="before"/> to <paramref name="after"/>, committed at <paramref name="at"/>.</summary>
    public CommittedEvent(ConsultationEvent e, ConsultationState before, ConsultationState after, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        (ConsultationId, Version, Event, _after, _at) = (after.Id, after.Version, e, after, at);
        // Worked out now, while both states are at hand, so the event holds on to the state after
        // it only; they are the same for every audience.
        (_tallies, _queue) = (EventProjector.TalliesChanged(before, after), EventProjector.QueueChanged(before, after));
    }

    /// <summary>An event whose envelopes were projected elsewhere (received from another silo).</summary>
    public CommittedEvent(string consultationId, long version, ConsultationEvent e, EventEnvelope forModerators, EventEnvelope forParticipants, EventEnvelope forObservers)
    {
        (ConsultationId, Version, Event) = (consultationId, version, e);
        (_envelopes[(int)Audience.Moderator], _envelopes[(int)Audience.Participant], _envelopes[(int)Audience.Observer]) =
            (forModerators, forParticipants, forObservers);
    }

    /// <summary>The consultation.</summary>
    public string ConsultationId { get; }

    /// <summary>The event's version.</summary>
    public long Version { get; }

    /// <summary>The raw event, for host-side reactions such as dropping a removed participant's connections.</summary>
    public ConsultationEvent Event { get; }

    /// <summary>The envelope for an audience (moderators and the organizer share one).</summary>
    /// <remarks>Safe from any thread: a projection is a pure function of immutable state, and the first one published wins.</remarks>
    public EventEnvelope For(Audience audience)
    {
        var index = (int)audience;
        return Volatile.Read(ref _envelopes[index]) ?? Interlocked.CompareExchange(ref _envelopes[index], Project(audience), null) ?? _envelopes[index]!;
    }

    private EventEnvelope Project(Audience audience)
    {
        var projected = EventProjector.Project(Event, _after!, audience, _tallies, _queue);
        return new EventEnvelope(ConsultationId, Version, projected.Type, _at, projected.Data, projected.Tallies, projected.Queue);
    }
}
