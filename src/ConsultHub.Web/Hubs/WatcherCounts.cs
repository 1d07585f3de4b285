using System.Collections.Concurrent;

namespace ConsultHub.Web.Hubs;

/// <summary>How many observer connections watch each consultation on this host.</summary>
public sealed class WatcherCounts
{
    private readonly ConcurrentDictionary<string, int> _observers = new(StringComparer.Ordinal);

    /// <summary>Counts an observer connection in (+1) or out (-1).</summary>
    public void Observe(string consultationId, int delta) =>
        _observers.AddOrUpdate(consultationId, Math.Max(0, delta), (_, n) => Math.Max(0, n + delta));

    /// <summary>Observer connections of a consultation.</summary>
    public int Observers(string consultationId) => _observers.GetValueOrDefault(consultationId);
}
