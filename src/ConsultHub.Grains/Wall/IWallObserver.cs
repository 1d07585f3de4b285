using Orleans.Concurrency;

namespace ConsultHub.Grains.Wall;

/// <summary>
/// A silo's receiver of wall updates (one per silo, subscribed with the wall grain); the silo sends
/// each update to its own wall watchers. Calls are one-way: the wall never waits for a silo, and a
/// dead observer only expires.
/// </summary>
[Alias("ConsultHub.IWallObserver")]
public interface IWallObserver : IGrainObserver
{
    /// <summary>What changed on the wall since the last push.</summary>
    [Alias("Updated"), OneWay]
    Task UpdatedAsync(WallUpdate update);
}
