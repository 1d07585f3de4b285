using ConsultHub.Domain.Events;

namespace ConsultHub.Grains.Consultations;

/// <summary>A <see cref="CommittedEvent"/> as it crosses to another silo: every audience's envelope, projected.</summary>
[GenerateSerializer, Immutable, Alias("ConsultHub.CommittedEventSurrogate")]
public readonly struct CommittedEventSurrogate
{
    /// <summary>The consultation.</summary>
    [Id(0)] public required string ConsultationId { get; init; }

    /// <summary>The event's version.</summary>
    [Id(1)] public required long Version { get; init; }

    /// <summary>The raw event.</summary>
    [Id(2)] public required ConsultationEvent Event { get; init; }

    /// <summary>The moderators' envelope.</summary>
    [Id(3)] public required EventEnvelope ForModerators { get; init; }

    /// <summary>The participants' envelope.</summary>
    [Id(4)] public required EventEnvelope ForParticipants { get; init; }

    /// <summary>The observers' envelope.</summary>
    [Id(5)] public required EventEnvelope ForObservers { get; init; }
}
