using System.Collections.Concurrent;
using ConsultHub.Domain.Views;
using ConsultHub.Grains.Consultations;

namespace ConsultHub.Grains.Tests.Consultations;

/// <summary>
/// Records what grains push to the test's pretend silo, in the order they push it. Pushes are
/// one-way calls, so reading <see cref="Events"/> first waits until every subscribed consultation's
/// current version has arrived.
/// </summary>
public sealed class RecordingNotifier : IConsultationObserver
{
    private readonly Lock _gate = new();
    private readonly List<CommittedEvent> _events = [];
    private readonly ConcurrentDictionary<string, long> _received = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _subscribed = new(StringComparer.Ordinal);
    private volatile bool _failing;

    /// <summary>Reads a consultation's current version, to know what to wait for; set by the host.</summary>
    public Func<string, Task<long>>? CurrentVersion { get; set; }

    /// <summary>When set, pushes are dropped after arriving, as a broken SignalR layer would drop them.</summary>
    public bool Failing
    {
        get => _failing;
        set => _failing = value;
    }

    public IReadOnlyList<CommittedEvent> Events
    {
        get
        {
            SettleAsync().GetAwaiter().GetResult();
            lock (_gate)
            {
                return [.. _events];
            }
        }
    }

    /// <summary>Notes a consultation this observer is subscribed to, so reads wait for its pushes.</summary>
    public void Subscribed(string consultationId) => _subscribed[consultationId] = true;

    /// <summary>The last version received of a consultation, for renewing its subscription.</summary>
    public long? Received(string consultationId) => _received.TryGetValue(consultationId, out var version) ? version : null;

    /// <summary>The wire types published for one consultation, as moderators see them.</summary>
    public IReadOnlyList<string> TypesOf(string consultationId) =>
        [.. Events.Where(e => e.ConsultationId == consultationId).Select(e => e.For(Audience.Moderator).Type)];

    public Task CommittedAsync(IReadOnlyList<CommittedEvent> events)
    {
        if (events.Count > 0)
        {
            lock (_gate)
            {
                // A renewal that raced a push brings events again: record each version once, as the silo passes it on once.
                var after = _received.GetValueOrDefault(events[0].ConsultationId);
                if (!Failing)
                {
                    _events.AddRange(events.Where(e => e.Version > after));
                }
                _received[events[0].ConsultationId] = Math.Max(after, events[^1].Version);
            }
        }
        return Task.CompletedTask;
    }

    private async Task SettleAsync()
    {
        if (CurrentVersion is not { } current)
        {
            return;
        }
        var deadline = DateTime.UtcNow.AddSeconds(10);
        foreach (var id in _subscribed.Keys)
        {
            long version;
            try
            {
                // A grain held mid-turn (a test holding its append) cannot answer: nothing is in flight then.
                version = await current(id).WaitAsync(TimeSpan.FromSeconds(1));
            }
            catch (TimeoutException)
            {
                continue;
            }
            while (!Failing && (Received(id) ?? 0) < version && DateTime.UtcNow < deadline)
            {
                await Task.Delay(5);
            }
        }
    }
}
