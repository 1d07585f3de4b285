using ConsultHub.Domain.Events;
using ConsultHub.Domain.Model;

namespace ConsultHub.Grains.Consultations;

/// <summary>A consultation as loaded from storage.</summary>
/// <param name="State">The latest snapshot folded with every later event.</param>
/// <param name="SnapshotVersion">The version of the snapshot the load started from (0 without one), so the
/// snapshot cadence counts from the stored snapshot, not from the activation.</param>
public sealed record LoadedConsultation(ConsultationState State, long SnapshotVersion)
{
    /// <summary>The snapshot the load started from (the empty state without one).</summary>
    public ConsultationState Snapshot { get; init; } = State;

    /// <summary>The events after <see cref="Snapshot"/>, with when each was decided, so an activation can
    /// refill its resume window and watchers resume by version across a restart of the host.</summary>
    public IReadOnlyList<(ConsultationEvent Event, DateTimeOffset At)> Tail { get; init; } = [];
}
