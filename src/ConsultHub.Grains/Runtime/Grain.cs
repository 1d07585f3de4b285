namespace ConsultHub.Grains.Runtime;

/// <summary>
/// Base class of grains: a virtual actor with a string key whose calls, timer ticks and
/// lifecycle steps run one turn at a time. Members mirror Orleans' <c>Grain</c>, so a grain
/// written against this class ports to Orleans by swapping namespaces.
/// </summary>
/// <remarks>
/// The runtime constructs grains with constructor injection (services come from a scope per
/// activation). Turns are not reentrant: a grain that calls itself, or is called back by a grain
/// it is waiting on, gets a <see cref="DeadlockException"/>.
/// </remarks>
public abstract class Grain
{
    private readonly Activation? _activation;

    /// <summary>Binds the grain to the activation being created. A grain made with <c>new</c> works
    /// as a plain object (handy in unit tests) and its runtime members throw.</summary>
    protected Grain() => _activation = Activation.Constructing;

    /// <summary>Creates references to other grains.</summary>
    protected IGrainFactory GrainFactory => Context.GrainFactory;

    /// <summary>The activation's service scope.</summary>
    protected IServiceProvider ServiceProvider => Context.Services;

    private Activation Context => _activation ?? throw new InvalidOperationException(
        $"{GetType().Name} was not created by the grain runtime; get grains through IGrainFactory.GetGrain.");

    /// <summary>The key this grain was addressed with.</summary>
    public string GetPrimaryKeyString() => Context.Id.Key;

    /// <summary>Runs as the activation's first turn, before any call. If it throws, the calls waiting
    /// for this activation get the exception and the next call tries a fresh activation;
    /// <see cref="OnDeactivateAsync"/> is not called for a failed activation.</summary>
    /// <param name="cancellationToken">Canceled when the host stops waiting for shutdown.</param>
    public virtual Task OnActivateAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Runs as the activation's last turn, after its timers stopped. During shutdown every
    /// grain call is already refused by then, so do not call other grains from here.</summary>
    /// <param name="reason">Why the activation is deactivating.</param>
    /// <param name="cancellationToken">Canceled when <see cref="GrainRuntimeOptions.DeactivationTimeout"/>
    /// elapses; the runtime stops waiting then.</param>
    public virtual Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Registers a timer whose ticks run as turns of this grain. Timers stop when the grain deactivates.</summary>
    /// <param name="callback">The tick; its token is canceled when the timer is disposed.</param>
    /// <param name="options">Due time, period (<see cref="Timeout.InfiniteTimeSpan"/> for one shot) and keep-alive.</param>
    public IGrainTimer RegisterGrainTimer(Func<CancellationToken, Task> callback, GrainTimerCreationOptions options) =>
        Context.RegisterTimer(callback, options);

    /// <summary>Registers a timer whose callback receives <paramref name="state"/>.</summary>
    public IGrainTimer RegisterGrainTimer<TState>(Func<TState, CancellationToken, Task> callback, TState state, GrainTimerCreationOptions options)
    {
        ArgumentNullException.ThrowIfNull(callback);
        return Context.RegisterTimer(cancellationToken => callback(state, cancellationToken), options);
    }

    /// <summary>Deactivates this activation once the current turn ends, ahead of queued calls, which
    /// go to a fresh activation. Use it after a failure that leaves in-memory state doubtful.</summary>
    protected void DeactivateOnIdle() => Context.DeactivateOnIdle();
}
