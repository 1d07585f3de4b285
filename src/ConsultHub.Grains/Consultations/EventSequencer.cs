namespace ConsultHub.Grains.Consultations;

/// <summary>
/// Puts the batches a silo's observer receives back in version order, per consultation, passing each
/// version on once. Orleans does not promise that one-way calls arrive in the order they were sent,
/// and between silos they do not (seen on a three-silo test cluster: version 16 arriving before 15),
/// so a batch ahead of a gap waits here until the gap fills. Renewing the subscription with
/// <see cref="Received"/> makes the grain push the missing versions again; a gap the grain can no
/// longer fill is given up after <paramref name="patience"/>, and watchers resume by version.
/// </summary>
/// <param name="clock">Measures how long a gap has been open.</param>
/// <param name="patience">How long a gap may stay open; longer than a subscription renewal period.</param>
public sealed class EventSequencer(TimeProvider clock, TimeSpan patience)
{
    /// <summary>The patience the hub uses: two and a half renewal periods of its silos.</summary>
    public static readonly TimeSpan DefaultPatience = TimeSpan.FromSeconds(5);

    private readonly Dictionary<string, Stream> _streams = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>The last version of a consultation passed on with none missing before it (since the first one received), or null.</summary>
    public long? Received(string consultationId)
    {
        lock (_gate)
        {
            return _streams.TryGetValue(consultationId, out var stream) ? stream.Received : null;
        }
    }

    /// <summary>
    /// Starts a consultation's stream after <paramref name="afterVersion"/> (a version the silo read
    /// before subscribing), so batches arriving out of order right after the subscription still wait
    /// for the ones before them. Without it the first batch received starts the stream. Does nothing
    /// once the stream has started.
    /// </summary>
    public void Begin(string consultationId, long afterVersion)
    {
        lock (_gate)
        {
            _streams.TryAdd(consultationId, new Stream(afterVersion));
        }
    }

    /// <summary>Takes one batch of one consultation; returns what may be passed on now, in version order, each version once.</summary>
    public IReadOnlyList<CommittedEvent> Accept(IReadOnlyList<CommittedEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count == 0)
        {
            return [];
        }
        lock (_gate)
        {
            var id = events[0].ConsultationId;
            if (!_streams.TryGetValue(id, out var stream))
            {
                // The first batch a silo gets starts its stream: what came before is the watchers' view.
                _streams[id] = stream = new Stream(events[0].Version - 1);
            }
            foreach (var committed in events)
            {
                if (committed.Version > stream.Received)
                {
                    stream.Early.TryAdd(committed.Version, committed);
                }
            }
            var ready = new List<CommittedEvent>();
            stream.Drain(ready);
            var now = clock.GetUtcNow();
            if (stream.Early.Count > 0 && stream.GapSince is { } since && now - since >= patience)
            {
                stream.Received = stream.Early.Keys.First() - 1;
                stream.Drain(ready);
                stream.GapSince = null;
            }
            if (stream.Early.Count == 0)
            {
                stream.GapSince = null;
            }
            else
            {
                stream.GapSince ??= now;
            }
            return ready;
        }
    }

    private sealed class Stream(long received)
    {
        public long Received { get; set; } = received;

        public SortedDictionary<long, CommittedEvent> Early { get; } = [];

        public DateTimeOffset? GapSince { get; set; }

        public void Drain(List<CommittedEvent> ready)
        {
            while (Early.Remove(Received + 1, out var next))
            {
                ready.Add(next);
                Received++;
            }
        }
    }
}
