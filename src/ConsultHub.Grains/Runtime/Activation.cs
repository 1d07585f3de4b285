using System.Threading.Channels;

namespace ConsultHub.Grains.Runtime;

/// <summary>
/// One live instance of a grain: its state and a mailbox of turns (calls, timer ticks, lifecycle
/// steps) run one at a time. This half holds the mailbox and how turns get run; the lifecycle
/// half is in Activation.Lifecycle.cs.
/// </summary>
internal sealed partial class Activation : IThreadPoolWorkItem
{
    private static readonly ExecutionContext CleanContext = CaptureCleanContext();
    private readonly Channel<WorkItem> _mailbox = Channel.CreateUnbounded<WorkItem>(new UnboundedChannelOptions { SingleReader = true });
    private readonly GrainDispatcher _dispatcher;
    private int _runner;
    private volatile ActivationState _state;
    private long _lastActivity;
    private DeactivationReason? _deactivationRequest;

    public Activation(GrainId id, GrainDispatcher dispatcher)
    {
        Id = id;
        _dispatcher = dispatcher;
        _lastActivity = dispatcher.Time.GetTimestamp();
        _mailbox.Writer.TryWrite(new ActivateWorkItem());
    }

    public GrainId Id { get; }

    public ActivationState State => _state;

    private bool HasQueuedWork => _mailbox.Reader.TryPeek(out _) || _deactivationRequest is not null;

    public Task<TResult> InvokeAsync<TResult>(GrainMethodInvoker<TResult> method, object?[]? args, TurnContext? caller)
    {
        // Fast path: when nothing is queued and no turn runs, the caller's thread runs the turn
        // itself while holding the runner flag. That saves two thread-pool hops per call and
        // keeps arrival order, since nobody is ahead of this call. A caller on a custom task
        // scheduler, or with context flow suppressed, takes the queued path instead.
        if (_state == ActivationState.Valid && TaskScheduler.Current == TaskScheduler.Default && !ExecutionContext.IsFlowSuppressed() && TryAcquireRunner())
        {
            if (_state == ActivationState.Valid && !HasQueuedWork)
            {
                return RunInline(method, args, caller);
            }

            // Only a retired activation completes its mailbox, and it never releases the flag we hold.
            var behind = new CallWorkItem<TResult>(method, args, caller);
            _mailbox.Writer.TryWrite(behind);
            ScheduleDrain();
            return behind.Task;
        }

        var item = new CallWorkItem<TResult>(method, args, caller);
        Post(item);
        return item.Task;
    }

    public void Post(WorkItem item)
    {
        if (!_mailbox.Writer.TryWrite(item))
        {
            _dispatcher.Redirect(this, item);
            return;
        }

        if (TryAcquireRunner())
        {
            ScheduleDrain();
        }
    }

    /// <summary>Completes once everything queued before it has run.</summary>
    public Task WhenQueueDrainedAsync()
    {
        var barrier = new BarrierWorkItem();
        Post(barrier);
        return barrier.Reached;
    }

    void IThreadPoolWorkItem.Execute() => _ = DrainAsync();

    private async Task DrainAsync()
    {
        // Turns never interleave: only the holder of the runner flag reads this mailbox, and it
        // awaits each turn to the end before taking the next one.
        while (_state != ActivationState.Retired)
        {
            if (_deactivationRequest is { } requested && _state == ActivationState.Valid)
            {
                _deactivationRequest = null;
                await RunTurnAsync(new DeactivateWorkItem(requested, onlyIfIdleFor: null)).ConfigureAwait(false);
            }
            else if (_mailbox.Reader.TryRead(out var item))
            {
                await RunTurnAsync(item).ConfigureAwait(false);
            }
            else if (ReleaseRunner())
            {
                return;
            }
        }
    }

    private async Task RunTurnAsync(WorkItem item)
    {
        // Setting the turn inside this async method scopes it to the turn's own flow.
        var turn = new TurnContext(this, item.Caller);
        TurnContext.Current = turn;
        try
        {
            await item.RunAsync(this).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            RuntimeLog.TurnFailed(_dispatcher.Logger, exception, Id);
        }
        finally
        {
            turn.Complete();
        }

        if (item.CountsAsActivity)
        {
            Touch();
        }

        item.Complete();
    }

    private Task<TResult> RunInline<TResult>(GrainMethodInvoker<TResult> method, object?[]? args, TurnContext? caller)
    {
        var turn = new TurnContext(this, caller);
        var callerContext = ExecutionContext.Capture()!;
        var callerSyncContext = SynchronizationContext.Current;
        Task<TResult> task;
        try
        {
            // Queued turns start from a clean context on the thread pool; inline turns must too,
            // or grain code would see the caller's async-locals (logging scopes, activities) and
            // resume on its synchronization context only when it happened to run inline.
            ExecutionContext.Restore(CleanContext);
            SynchronizationContext.SetSynchronizationContext(null);
            TurnContext.Current = turn;
            task = method.Invoke(Grain!, args);
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(callerSyncContext);
            ExecutionContext.Restore(callerContext);
        }

        if (task.IsCompleted)
        {
            EndInlineTurn(turn);
            return task;
        }

        return AwaitInlineTurnAsync(task, turn);
    }

    private async Task<TResult> AwaitInlineTurnAsync<TResult>(Task<TResult> task, TurnContext turn)
    {
        try
        {
            return await task.ConfigureAwait(false);
        }
        finally
        {
            EndInlineTurn(turn);
        }
    }

    private void EndInlineTurn(TurnContext turn)
    {
        turn.Complete();
        Touch();
        if (HasQueuedWork || !ReleaseRunner())
        {
            ScheduleDrain();
        }
    }

    private bool TryAcquireRunner() => Interlocked.CompareExchange(ref _runner, 1, 0) == 0;

    /// <summary>Releases the runner flag; false when work arrived meanwhile and the flag was taken back to run it.</summary>
    private bool ReleaseRunner()
    {
        // A full fence, not a plain write: the check below must not move before the release, or a
        // poster could see the flag still held while we see an empty mailbox, and its item would wait forever.
        Interlocked.Exchange(ref _runner, 0);
        return !(HasQueuedWork && TryAcquireRunner());
    }

    private void ScheduleDrain() => ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);

    private static ExecutionContext CaptureCleanContext()
    {
        // A thread started without flowing context has the default, empty one.
        ExecutionContext? clean = null;
        var thread = new Thread(() => clean = ExecutionContext.Capture());
        thread.UnsafeStart();
        thread.Join();
        return clean!;
    }

    private void Touch() => Volatile.Write(ref _lastActivity, _dispatcher.Time.GetTimestamp());
}
