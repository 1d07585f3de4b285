namespace ConsultHub.Grains.Tests.Consultations.Timing;

/// <summary>
/// A simulated clock whose one-shot timers fire early or late by random amounts: early by up to half
/// of the requested delay (whole ticks), late by up to <see cref="MaxLate"/>, or on time. Time moves
/// only when the simulation says so.
/// </summary>
public sealed class JitteryScheduler(Random random) : TimeProvider
{
    /// <summary>The latest a timer fires after its due moment.</summary>
    public static readonly TimeSpan MaxLate = TimeSpan.FromMilliseconds(300);

    private readonly List<Armed> _armed = [];

    /// <summary>The simulated now.</summary>
    public DateTimeOffset Now { get; private set; } = new(2026, 12, 4, 9, 0, 0, TimeSpan.Zero);

    /// <summary>How many timers fired before their due moment so far.</summary>
    public int EarlyFires { get; private set; }

    /// <summary>How many timers fired after their due moment so far.</summary>
    public int LateFires { get; private set; }

    /// <inheritdoc/>
    public override DateTimeOffset GetUtcNow() => Now;

    /// <summary>Arms a one-shot timer the way a grain's schedule function does.</summary>
    public IDisposable Schedule(TimeSpan due, Func<Task> callback)
    {
        var jitter = random.Next(3) switch
        {
            0 => -TimeSpan.FromTicks((long)(due.Ticks * random.NextDouble() * 0.5)),
            1 => TimeSpan.FromTicks((long)(MaxLate.Ticks * random.NextDouble())),
            _ => TimeSpan.Zero,
        };
        var armed = new Armed(Now + due + jitter, Now + due, callback);
        _armed.Add(armed);
        return armed;
    }

    /// <summary>The moment the next live timer fires, if any.</summary>
    public DateTimeOffset? NextFire => _armed.Where(a => !a.Cancelled).Select(a => (DateTimeOffset?)a.FiresAt).Min();

    /// <summary>Moves time to <paramref name="until"/>, firing every timer due on the way, in order.</summary>
    public void RunUntil(DateTimeOffset until)
    {
        while (NextFire is { } next && next <= until)
        {
            var armed = _armed.Where(a => !a.Cancelled).MinBy(a => a.FiresAt)!;
            _armed.Remove(armed);
            Now = next > Now ? next : Now;
            EarlyFires += armed.FiresAt < armed.DueAt ? 1 : 0;
            LateFires += armed.FiresAt > armed.DueAt ? 1 : 0;
            armed.Callback().GetAwaiter().GetResult();
        }
        _armed.RemoveAll(a => a.Cancelled);
        Now = until > Now ? until : Now;
    }

    private sealed class Armed(DateTimeOffset firesAt, DateTimeOffset dueAt, Func<Task> callback) : IDisposable
    {
        public DateTimeOffset FiresAt { get; } = firesAt;

        public DateTimeOffset DueAt { get; } = dueAt;

        public Func<Task> Callback { get; } = callback;

        public bool Cancelled { get; private set; }

        public void Dispose() => Cancelled = true;
    }
}
