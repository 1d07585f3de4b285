using Microsoft.Extensions.Logging;

namespace ConsultHub.Grains.Runtime;

/// <summary>
/// A grain timer. When due, it queues a tick in the activation's mailbox, so ticks are turns and
/// never overlap calls; the next tick is armed only after the previous one finished.
/// </summary>
internal sealed class GrainTimer : IGrainTimer
{
    private readonly Activation _activation;
    private readonly Func<CancellationToken, Task> _callback;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _disposed = new();
    private readonly ITimer _timer;
    private TimeSpan _period;
    private bool _changedDuringTick;

    public GrainTimer(Activation activation, TimeProvider time, ILogger logger, Func<CancellationToken, Task> callback, GrainTimerCreationOptions options)
    {
        ArgumentNullException.ThrowIfNull(callback);
        Validate(options.DueTime, options.Period);
        _activation = activation;
        _callback = callback;
        _logger = logger;
        _period = options.Period;
        KeepAlive = options.KeepAlive;

        // The timer only queues a tick, which runs with its own turn; not flowing the registering
        // turn's context keeps it from living on in the timer.
        using (ExecutionContext.IsFlowSuppressed() ? default(AsyncFlowControl?) : ExecutionContext.SuppressFlow())
        {
            _timer = time.CreateTimer(static state => ((GrainTimer)state!).OnDue(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        }
    }

    public bool KeepAlive { get; }

    public void Start(TimeSpan dueTime) => _timer.Change(dueTime, Timeout.InfiniteTimeSpan);

    public void Change(TimeSpan dueTime, TimeSpan period)
    {
        ObjectDisposedException.ThrowIf(_disposed.IsCancellationRequested, this);
        Validate(dueTime, period);
        _period = period;
        _changedDuringTick = true;
        _timer.Change(dueTime, Timeout.InfiniteTimeSpan);
    }

    public void Dispose()
    {
        if (_disposed.IsCancellationRequested)
        {
            return;
        }

        _disposed.Cancel();
        _timer.Dispose();
        _activation.RemoveTimer(this);
    }

    public async Task TickAsync()
    {
        if (_disposed.IsCancellationRequested)
        {
            return;
        }

        _changedDuringTick = false;
        try
        {
            await _callback(_disposed.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (_disposed.IsCancellationRequested)
        {
        }
        catch (Exception exception)
        {
            RuntimeLog.TimerCallbackFailed(_logger, exception, _activation.Id);
        }

        if (!_disposed.IsCancellationRequested && !_changedDuringTick && _period != Timeout.InfiniteTimeSpan)
        {
            _timer.Change(_period, Timeout.InfiniteTimeSpan);
        }
    }

    private void OnDue()
    {
        if (!_disposed.IsCancellationRequested)
        {
            _activation.Post(new TimerTickWorkItem(this));
        }
    }

    private static void Validate(TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime < TimeSpan.Zero && dueTime != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(dueTime), dueTime, "The due time must be zero or more, or Timeout.InfiniteTimeSpan.");
        }

        if (period <= TimeSpan.Zero && period != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(period), period, "The period must be positive, or Timeout.InfiniteTimeSpan for a one-shot timer.");
        }
    }
}
