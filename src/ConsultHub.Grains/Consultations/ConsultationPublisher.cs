using Microsoft.Extensions.Logging;

namespace ConsultHub.Grains.Consultations;

/// <summary>
/// The silos subscribed to one consultation, one observer each, and the pushes to them. Pushes are
/// one-way calls: a slow or dead silo never holds the grain's turn, and a silo that stops renewing
/// its subscription is dropped after <see cref="Expiry"/>.
/// </summary>
public sealed partial class ConsultationPublisher(TimeSpan expiry, TimeProvider clock, ILogger logger)
{
    /// <summary>How long a subscription lasts without renewal; silos renew well within it.</summary>
    public TimeSpan Expiry => expiry;

    private readonly Dictionary<string, (IConsultationObserver Observer, DateTimeOffset Renewed, string? Host, int Observers)> _silos = new(StringComparer.Ordinal);

    /// <summary>Observer connections watching, summed over the subscribed silos' last reports.</summary>
    public int Observers => _silos.Values.Sum(s => s.Observers);

    /// <summary>
    /// Subscribes or renews a silo's observer; <paramref name="host"/> is the silo's Orleans address
    /// when known, <paramref name="observers"/> the observer connections it holds.
    /// </summary>
    public void Subscribe(string silo, IConsultationObserver observer, string? host = null, int observers = 0) => _silos[silo] = (observer, clock.GetUtcNow(), host, observers);

    /// <summary>Drops the subscriptions of silos whose Orleans address <paramref name="isDead"/> says is dead; returns the silos dropped.</summary>
    public IReadOnlyList<string> Drop(Func<string, bool> isDead)
    {
        ArgumentNullException.ThrowIfNull(isDead);
        var dead = _silos.Where(s => s.Value.Host is { } host && isDead(host)).Select(s => s.Key).ToList();
        foreach (var silo in dead)
        {
            _silos.Remove(silo);
        }
        return dead;
    }

    /// <summary>Drops an observer, whichever silo it was subscribed for.</summary>
    public void Unsubscribe(IConsultationObserver observer)
    {
        foreach (var silo in _silos.Where(s => s.Value.Observer.Equals(observer)).Select(s => s.Key).ToList())
        {
            _silos.Remove(silo);
        }
    }

    /// <summary>Drops subscriptions not renewed in time; returns the silos dropped.</summary>
    public IReadOnlyList<string> Expire()
    {
        var now = clock.GetUtcNow();
        var expired = _silos.Where(s => now - s.Value.Renewed > expiry).Select(s => s.Key).ToList();
        foreach (var silo in expired)
        {
            _silos.Remove(silo);
        }
        return expired;
    }

    /// <summary>Pushes one committed batch to every subscribed silo (or only to <paramref name="only"/>), once per silo.</summary>
    public void Publish(string consultationId, IReadOnlyList<CommittedEvent> committed, string? only = null)
    {
        foreach (var (silo, (observer, _, _, _)) in _silos)
        {
            if (only is not null && silo != only)
            {
                continue;
            }
            try
            {
                // One-way: completes at once, so nothing here waits for the silo.
                _ = observer.CommittedAsync(committed);
            }
            catch (Exception ex)
            {
                // Events are durable before they are pushed: watchers of that silo resume by version.
                LogPushFailed(consultationId, silo, ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Pushing events of consultation {ConsultationId} to silo {Silo} failed")]
    private partial void LogPushFailed(string consultationId, string silo, Exception exception);
}
