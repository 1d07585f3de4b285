namespace ConsultHub.Grains.Tests.Runtime;

/// <summary>A clock that moves only when told to; due timers fire on the thread that advances it.</summary>
public sealed class ManualTimeProvider : TimeProvider
{
    private readonly Lock _gate = new();
    private readonly List<ManualTimer> _timers = [];
    private readonly List<(int Count, TaskCompletionSource Armed)> _waiters = [];
    private DateTimeOffset _now = new(2030, 1, 1, 9, 0, 0, TimeSpan.Zero);

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public int ArmedTimerCount
    {
        get
        {
            lock (_gate)
            {
                return _timers.Count(timer => timer.DueAt is not null);
            }
        }
    }

    /// <summary>Completes once at least <paramref name="count"/> timers are armed, for code that arms one on another thread.</summary>
    public Task WhenArmedAsync(int count)
    {
        var armed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            _waiters.Add((count, armed));
        }

        ReleaseWaiters();
        return armed.Task;
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state);
        lock (_gate)
        {
            _timers.Add(timer);
        }

        timer.Change(dueTime, period);
        return timer;
    }

    public void Advance(TimeSpan delta)
    {
        DateTimeOffset target;
        lock (_gate)
        {
            target = _now + delta;
        }

        while (true)
        {
            ManualTimer? due;
            lock (_gate)
            {
                due = _timers.Where(timer => timer.DueAt <= target).MinBy(timer => timer.DueAt);
                if (due is null)
                {
                    _now = target;
                    return;
                }

                _now = due.DueAt!.Value > _now ? due.DueAt.Value : _now;
                due.DueAt = due.Period > TimeSpan.Zero ? _now + due.Period : null;
            }

            due.Fire();
        }
    }

    private void ReleaseWaiters()
    {
        List<TaskCompletionSource> released;
        lock (_gate)
        {
            var armed = _timers.Count(timer => timer.DueAt is not null);
            released = [.. _waiters.Where(waiter => waiter.Count <= armed).Select(waiter => waiter.Armed)];
            _waiters.RemoveAll(waiter => waiter.Count <= armed);
        }

        released.ForEach(waiter => waiter.TrySetResult());
    }

    private sealed class ManualTimer(ManualTimeProvider owner, TimerCallback callback, object? state) : ITimer
    {
        public DateTimeOffset? DueAt { get; set; }

        public TimeSpan Period { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (owner._gate)
            {
                DueAt = dueTime == Timeout.InfiniteTimeSpan ? null : owner._now + dueTime;
                Period = period == Timeout.InfiniteTimeSpan ? TimeSpan.Zero : period;
            }

            owner.ReleaseWaiters();
            lock (owner._gate)
            {
                return owner._timers.Contains(this);
            }
        }

        public void Fire() => callback(state);

        public void Dispose()
        {
            lock (owner._gate)
            {
                owner._timers.Remove(this);
                DueAt = null;
            }
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
