using Orleans.Concurrency;

namespace ConsultHub.Grains.Consultations;

/// <summary>
/// A silo's receiver of committed events (one per silo, for every consultation its browsers
/// watch); the silo fans each batch out to its own connections. Calls are one-way: the grain's turn
/// never waits for a silo, and a dead observer only expires.
/// </summary>
[Alias("ConsultHub.IConsultationObserver")]
public interface IConsultationObserver : IGrainObserver
{
    /// <summary>One committed batch, in version order, already durable.</summary>
    [Alias("Committed"), OneWay]
    Task CommittedAsync(IReadOnlyList<CommittedEvent> events);
}
