using System.Collections.Concurrent;

namespace ConsultHub.Grains.Tests.TestGrains;

/// <summary>What test grains report to tests: an event log, signals, gates, and turn overlap.</summary>
public sealed class GrainProbe
{
    /// <summary>Only a guard against a hung test; correctness never depends on it.</summary>
    public static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);

    private readonly ConcurrentQueue<string> _events = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _signals = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _gates = new();
    private readonly ConcurrentDictionary<string, Meter> _meters = new();

    public IReadOnlyList<string> Events => [.. _events];

    public void Record(string entry) => _events.Enqueue(entry);

    public int Count(string entry) => _events.Count(e => e == entry);

    public void Signal(string name) => SignalSource(name).TrySetResult();

    public Task WhenSignaled(string name) => SignalSource(name).Task.WaitAsync(Guard);

    /// <summary>Closes a gate: grains passing <paramref name="name"/> wait until <see cref="Release"/>.</summary>
    public void Hold(string name) => _gates.TryAdd(name, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    public void Release(string name) => _gates.GetValueOrDefault(name)?.TrySetResult();

    public Task PassAsync(string name) => _gates.TryGetValue(name, out var gate) ? gate.Task : Task.CompletedTask;

    /// <summary>Counts a turn of <paramref name="key"/> entering; the returned scope counts it leaving.</summary>
    public IDisposable EnterTurn(string key) => _meters.GetOrAdd(key, _ => new Meter()).Enter();

    /// <summary>The most turns of <paramref name="key"/> ever seen running at once.</summary>
    public int MaxConcurrentTurns(string key) => _meters.GetOrAdd(key, _ => new Meter()).Max;

    /// <summary>Counts an activation of <paramref name="key"/> going live; the scope counts it gone.</summary>
    public IDisposable EnterLive(string key) => _meters.GetOrAdd("live:" + key, _ => new Meter()).Enter();

    /// <summary>The most activations of <paramref name="key"/> ever live at once.</summary>
    public int MaxLive(string key) => _meters.GetOrAdd("live:" + key, _ => new Meter()).Max;

    private TaskCompletionSource SignalSource(string name) =>
        _signals.GetOrAdd(name, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    private sealed class Meter
    {
        private int _current;
        private int _max;

        public int Max => Volatile.Read(ref _max);

        public IDisposable Enter()
        {
            var current = Interlocked.Increment(ref _current);
            int seen;
            while ((seen = Volatile.Read(ref _max)) < current && Interlocked.CompareExchange(ref _max, current, seen) != seen)
            {
            }

            return new Exit(this);
        }

        private sealed class Exit(Meter meter) : IDisposable
        {
            public void Dispose() => Interlocked.Decrement(ref meter._current);
        }
    }
}
