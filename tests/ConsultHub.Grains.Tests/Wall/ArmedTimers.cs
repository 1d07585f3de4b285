using Microsoft.Extensions.Time.Testing;

namespace ConsultHub.Grains.Tests.Wall;

/// <summary>
/// One-shot timers on a fake clock that fire as grain timers do: never inside the call that arms
/// them, only when the test advances the clock, each at its due time, in order. Counted while armed.
/// </summary>
public sealed class ArmedTimers(FakeTimeProvider time)
{
    private readonly List<Armed> _armed = [];

    public int Count => _armed.Count;

    public IDisposable Schedule(TimeSpan due, Func<Task> callback)
    {
        var armed = new Armed(this, time.GetUtcNow() + due, callback);
        _armed.Add(armed);
        return armed;
    }

    /// <summary>Moves the clock, firing every timer that falls due on the way at its due time.</summary>
    public void Advance(TimeSpan by)
    {
        var until = time.GetUtcNow() + by;
        while (_armed.Where(a => a.DueAt <= until).OrderBy(a => a.DueAt).FirstOrDefault() is { } next)
        {
            if (next.DueAt > time.GetUtcNow())
            {
                time.SetUtcNow(next.DueAt);
            }
            _armed.Remove(next);
            next.Callback().GetAwaiter().GetResult();
        }
        if (until > time.GetUtcNow())
        {
            time.SetUtcNow(until);
        }
    }

    private sealed record Armed(ArmedTimers Owner, DateTimeOffset DueAt, Func<Task> Callback) : IDisposable
    {
        public void Dispose() => Owner._armed.Remove(this);
    }
}
