using Microsoft.Extensions.Logging;

namespace ConsultHub.Grains.Wall;

/// <summary>
/// The silos subscribed to the wall, one observer each, and the pushes to them. Pushes are one-way
/// calls, so a slow or dead silo never holds the wall's turn; a silo that stops renewing its
/// subscription is dropped after <paramref name="expiry"/>.
/// </summary>
public sealed partial class WallSubscribers(TimeSpan expiry, TimeProvider clock, ILogger logger)
{
    private readonly Dictionary<string, (IWallObserver Observer, DateTimeOffset Renewed)> _silos = new(StringComparer.Ordinal);

    /// <summary>How many silos are subscribed.</summary>
    public int Count => _silos.Count;

    /// <summary>Subscribes or renews a silo's observer.</summary>
    public void Subscribe(string silo, IWallObserver observer) => _silos[silo] = (observer, clock.GetUtcNow());

    /// <summary>Drops an observer, whichever silo it was subscribed for.</summary>
    public void Unsubscribe(IWallObserver observer)
    {
        foreach (var silo in _silos.Where(s => s.Value.Observer.Equals(observer)).Select(s => s.Key).ToList())
        {
            _silos.Remove(silo);
        }
    }

    /// <summary>Drops subscriptions not renewed within the expiry; returns how many were dropped.</summary>
    public int Expire()
    {
        var now = clock.GetUtcNow();
        var expired = _silos.Where(s => now - s.Value.Renewed > expiry).Select(s => s.Key).ToList();
        expired.ForEach(silo => _silos.Remove(silo));
        return expired.Count;
    }

    /// <summary>Pushes one update to every subscribed silo, once per silo.</summary>
    public void Publish(WallUpdate update)
    {
        foreach (var (silo, (observer, _)) in _silos)
        {
            try
            {
                // One-way: completes at once, so nothing here waits for the silo.
                _ = observer.UpdatedAsync(update);
            }
            catch (Exception ex)
            {
                // Watchers of that silo get the whole wall again when they call WatchWall.
                LogPushFailed(silo, update.Consultations.Count, ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Pushing {Count} wall entries to silo {Silo} failed")]
    private partial void LogPushFailed(string silo, int count, Exception exception);
}
