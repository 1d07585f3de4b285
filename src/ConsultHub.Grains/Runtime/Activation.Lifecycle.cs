using Microsoft.Extensions.DependencyInjection;

namespace ConsultHub.Grains.Runtime;

/// <summary>The lifecycle half of an activation: activate, deactivate, retire, and what the grain sees of it.</summary>
internal sealed partial class Activation
{
    [ThreadStatic]
    private static Activation? _constructing;

    private readonly TaskCompletionSource _retired = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<GrainTimer> _timers = [];
    private AsyncServiceScope? _scope;

    /// <summary>The activation whose grain is being constructed on this thread, for <see cref="Runtime.Grain"/>'s constructor.</summary>
    public static Activation? Constructing => _constructing;

    public Grain? Grain { get; private set; }

    public IServiceProvider Services => _scope?.ServiceProvider ?? throw new InvalidOperationException("The grain has no services before it is constructed.");

    public IGrainFactory GrainFactory => Services.GetRequiredService<IGrainFactory>();

    /// <summary>Completes when the activation has left the directory and its successor, if any, is published.</summary>
    public Task Retired => _retired.Task;

    public bool IsIdleFor(TimeSpan age) =>
        !_mailbox.Reader.TryPeek(out _) && _dispatcher.Time.GetElapsedTime(Volatile.Read(ref _lastActivity)) >= age;

    public Task<bool> RequestDeactivationAsync(DeactivationReason reason, TimeSpan? onlyIfIdleFor = null)
    {
        var request = new DeactivateWorkItem(reason, onlyIfIdleFor);
        Post(request);
        return request.Completion;
    }

    /// <summary>Deactivates after the current turn, before anything queued; queued calls go to the next activation.</summary>
    public void DeactivateOnIdle()
    {
        _deactivationRequest ??= new DeactivationReason(DeactivationReasonCode.ApplicationRequested, "The grain called DeactivateOnIdle.");
        if (TryAcquireRunner())
        {
            ScheduleDrain();
        }
    }

    public IGrainTimer RegisterTimer(Func<CancellationToken, Task> callback, GrainTimerCreationOptions options)
    {
        if (_state is ActivationState.Deactivating or ActivationState.Retired)
        {
            throw new InvalidOperationException($"Grain {Id} is deactivating; it cannot register timers.");
        }

        var timer = new GrainTimer(this, _dispatcher.Time, _dispatcher.Logger, callback, options);
        lock (_timers)
        {
            _timers.Add(timer);
        }

        timer.Start(options.DueTime);
        return timer;
    }

    public void RemoveTimer(GrainTimer timer)
    {
        lock (_timers)
        {
            _timers.Remove(timer);
        }
    }

    public async Task ActivateAsync()
    {
        try
        {
            _scope = _dispatcher.Scopes.CreateAsyncScope();
            _constructing = this;
            try
            {
                Grain = Id.Class.Create(_scope.Value.ServiceProvider);
            }
            finally
            {
                _constructing = null;
            }

            await Grain.OnActivateAsync(_dispatcher.Aborted).ConfigureAwait(false);
            _state = ActivationState.Valid;
        }
        catch (Exception exception)
        {
            RuntimeLog.ActivationFailed(_dispatcher.Logger, exception, Id);
            await RetireAsync(exception).ConfigureAwait(false);
        }
    }

    public async Task DeactivateAsync(DeactivationReason reason)
    {
        _state = ActivationState.Deactivating;
        DisposeTimers();
        var timeout = _dispatcher.Options.DeactivationTimeout;
        using var cancellation = new CancellationTokenSource(timeout, _dispatcher.Time);
        Task? deactivation = null;
        try
        {
            deactivation = Grain!.OnDeactivateAsync(reason, cancellation.Token);
            await deactivation.WaitAsync(timeout, _dispatcher.Time).ConfigureAwait(false);
        }
        catch (TimeoutException) when (deactivation is { IsCompleted: false })
        {
            // Waiting longer would hold up every call queued for this grain; Orleans makes the same trade.
            RuntimeLog.DeactivationTimedOut(_dispatcher.Logger, Id, timeout);
        }
        catch (Exception exception)
        {
            RuntimeLog.DeactivationFailed(_dispatcher.Logger, exception, Id);
        }

        await RetireAsync(activationFailure: null).ConfigureAwait(false);
    }

    private async Task RetireAsync(Exception? activationFailure)
    {
        DisposeTimers();
        if (_scope is { } scope)
        {
            await scope.DisposeAsync().ConfigureAwait(false);
        }

        // The runner flag stays held from here on: a retired activation never runs another turn,
        // and anything posted after the mailbox completes is redirected.
        _state = ActivationState.Retired;
        _mailbox.Writer.TryComplete();
        var pending = new List<WorkItem>();
        while (_mailbox.Reader.TryRead(out var item))
        {
            pending.Add(item);
        }

        _dispatcher.Retire(this, pending, activationFailure);
        _retired.TrySetResult();
    }

    private void DisposeTimers()
    {
        GrainTimer[] timers;
        lock (_timers)
        {
            timers = [.. _timers];
        }

        foreach (var timer in timers)
        {
            timer.Dispose();
        }
    }
}
