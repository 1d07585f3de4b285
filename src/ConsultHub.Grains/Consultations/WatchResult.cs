using ConsultHub.Domain.Model;
using ConsultHub.Domain.Views;

namespace ConsultHub.Grains.Consultations;

/// <summary>
/// The reply to Watch: the caller's whole view, or (when the caller's version is recent enough)
/// only the events after it. <see cref="Code"/> is set when the caller may not watch.
/// </summary>
[GenerateSerializer, Immutable, Alias("ConsultHub.WatchResult")]
public sealed record WatchResult
{
    /// <summary>Refusal code, or null.</summary>
    [Id(0)]
    public string? Code { get; init; }

    /// <summary>Refusal message.</summary>
    [Id(1)]
    public string? Message { get; init; }

    /// <summary>
    /// The consultation's title, given with a <c>forbidden</c> refusal only: ids are unguessable, so
    /// whoever holds the link was invited, and the title tells them which key to look for.
    /// </summary>
    [Id(8)]
    public string? ConsultationTitle { get; init; }

    /// <summary>The caller's role.</summary>
    [Id(2)]
    public Role Role { get; init; }

    /// <summary>The caller's participant id, if any.</summary>
    [Id(3)]
    public string? ParticipantId { get; init; }

    /// <summary>The audience the caller's events are shaped for.</summary>
    [Id(4)]
    public Audience Audience { get; init; }

    /// <summary>The current version.</summary>
    [Id(5)]
    public long Version { get; init; }

    /// <summary>The full view, when events could not (or need not) be replayed.</summary>
    [Id(6)]
    public ConsultationView? View { get; init; }

    /// <summary>The events after the caller's version, when it asked for them and they were at hand.</summary>
    [Id(7)]
    public IReadOnlyList<EventEnvelope>? Events { get; init; }
}
