using System.Collections.Concurrent;

namespace ConsultHub.Web.Hubs;

/// <summary>
/// Per-key queues, each drained by one caller at a time: whoever queues on an idle key becomes its
/// drainer and takes what waits until nothing does, then the key is removed, so idle keys hold
/// nothing. Used per consultation by the command batcher (grain calls) and the notifier (fan-out).
/// </summary>
/// <typeparam name="T">What waits in a lane.</typeparam>
public sealed class KeyedLanes<T>
{
    private readonly ConcurrentDictionary<string, Lane> _lanes = new(StringComparer.Ordinal);

    /// <summary>Keys with something waiting or being drained.</summary>
    public int Count => _lanes.Count;

    /// <summary>Queues <paramref name="item"/>; returns its lane when the caller must now drain it, null when a drainer already runs.</summary>
    public Lane? Add(string key, T item)
    {
        while (true)
        {
            var lane = _lanes.GetOrAdd(key, static k => new Lane(k));
            lock (lane)
            {
                if (lane.Retired)
                {
                    // Emptied and removed while this caller held it: take the next one.
                    continue;
                }
                lane.Waiting.Add(item);
                if (lane.Draining)
                {
                    return null;
                }
                lane.Draining = true;
                return lane;
            }
        }
    }

    /// <summary>
    /// The drainer's next items, oldest first, at most <paramref name="max"/>; when nothing waits the
    /// lane is retired and removed and the list is empty, which ends the drainer's turn.
    /// </summary>
    public List<T> Take(Lane lane, int max = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(lane);
        lock (lane)
        {
            if (lane.Waiting.Count == 0)
            {
                lane.Draining = false;
                lane.Retired = true;
                _lanes.TryRemove(new KeyValuePair<string, Lane>(lane.Key, lane));
                return [];
            }
            if (lane.Waiting.Count <= max)
            {
                var all = lane.Waiting;
                lane.Waiting = [];
                return all;
            }
            var some = lane.Waiting.GetRange(0, max);
            lane.Waiting.RemoveRange(0, max);
            return some;
        }
    }

    /// <summary>One key's queue.</summary>
    public sealed class Lane
    {
        internal Lane(string key) => Key = key;

        /// <summary>The lane's key.</summary>
        public string Key { get; }

        internal List<T> Waiting { get; set; } = [];

        internal bool Draining { get; set; }

        internal bool Retired { get; set; }
    }
}
