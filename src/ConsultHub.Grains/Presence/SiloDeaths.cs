using Microsoft.Extensions.Logging;

namespace ConsultHub.Grains.Presence;

/// <summary>
/// Tells the grains of this silo when the cluster declares a silo dead, so a consultation ends the
/// dead silo's connections within the failover time instead of when its subscription expires (a
/// dead silo never says goodbye, and the expiry must be long enough not to drop a slow but live
/// one). Membership is watched only once some grain has asked to hear of deaths.
/// </summary>
public sealed partial class SiloDeaths(IClusterMembershipService membership, ILogger<SiloDeaths> logger) : IDisposable
{
    private readonly Dictionary<long, Action> _listeners = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _gate = new();
    private long _next;
    private Task? _watching;

    /// <summary>Calls <paramref name="died"/> (on a thread-pool thread) after each membership change that declares a silo dead, until disposed.</summary>
    public IDisposable Listen(Action died)
    {
        ArgumentNullException.ThrowIfNull(died);
        lock (_gate)
        {
            var id = _next++;
            _listeners[id] = died;
            _watching ??= Task.Run(WatchAsync);
            return new Listener(this, id);
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
    }

    private async Task WatchAsync()
    {
        var dead = new HashSet<SiloAddress>();
        try
        {
            await foreach (var snapshot in membership.MembershipUpdates.WithCancellation(_stop.Token))
            {
                var newly = snapshot.Members.Values.Count(m => m.Status == SiloStatus.Dead && dead.Add(m.SiloAddress));
                if (newly == 0)
                {
                    continue;
                }
                Action[] listeners;
                lock (_gate)
                {
                    listeners = [.. _listeners.Values];
                }
                foreach (var died in listeners)
                {
                    died();
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The silo is stopping.
        }
        catch (Exception ex)
        {
            // Subscriptions still expire on their own; only the early notice is lost.
            LogWatchFailed(ex);
        }
    }

    private void Remove(long id)
    {
        lock (_gate)
        {
            _listeners.Remove(id);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Watching the cluster for dead silos failed; connections of a dead silo now end when its subscriptions expire")]
    private partial void LogWatchFailed(Exception exception);

    private sealed class Listener(SiloDeaths owner, long id) : IDisposable
    {
        public void Dispose() => owner.Remove(id);
    }
}
