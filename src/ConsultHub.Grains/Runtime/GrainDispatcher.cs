using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ConsultHub.Grains.Runtime;

/// <summary>
/// Routes calls to activations: admits or refuses them (shutdown, deadlock), finds or creates
/// the activation, and moves queued calls on when an activation retires. Also the services
/// activations share.
/// </summary>
internal sealed class GrainDispatcher(
    ActivationDirectory directory, GrainRuntimeOptions options, TimeProvider time, IServiceScopeFactory scopes, ILogger logger)
{
    private const int Running = 0;
    private const int Draining = 1;
    private const int Stopped = 2;

    private readonly CancellationTokenSource _aborted = new();
    private int _stage;
    private long _grainCallsWhileDraining;

    public GrainRuntimeOptions Options => options;

    public TimeProvider Time => time;

    public IServiceScopeFactory Scopes => scopes;

    public ILogger Logger => logger;

    /// <summary>Canceled when the host gives up waiting for shutdown.</summary>
    public CancellationToken Aborted => _aborted.Token;

    public long GrainCallsWhileDraining => Interlocked.Read(ref _grainCallsWhileDraining);

    public Task<TResult> InvokeAsync<TResult>(GrainId id, GrainMethodInvoker<TResult> method, object?[]? args)
    {
        var caller = TurnContext.Current;
        if (Volatile.Read(ref _stage) != Running && !AdmitWhileStopping(caller))
        {
            return Task.FromException<TResult>(new GrainRuntimeStoppedException());
        }

        if (caller is not null && caller.IsWaitedOnBy(id))
        {
            return Task.FromException<TResult>(new DeadlockException(
                $"Calling {method.Name} on {id} would deadlock: a turn of {id} is waiting for this call. " +
                "Grain turns are not reentrant, so a grain must not call itself or be called back by a grain it awaits."));
        }

        return directory.GetOrAdd(id, this).InvokeAsync(method, args, caller);
    }

    /// <summary>From now on only grains may call grains, so queued work can finish.</summary>
    public void BeginDraining() => Interlocked.CompareExchange(ref _stage, Draining, Running);

    /// <summary>From now on every call is refused, and calls queued behind a retiring activation fail.</summary>
    public void Stop() => Volatile.Write(ref _stage, Stopped);

    public void Abort() => _aborted.Cancel();

    /// <summary>An item reached an activation after it completed its mailbox: send it on once that activation is gone.</summary>
    public void Redirect(Activation retired, WorkItem item)
    {
        if (item.IsForwardable)
        {
            _ = ForwardAfterRetirementAsync(retired, item);
        }
        else
        {
            item.Drop(null);
        }
    }

    /// <summary>Takes <paramref name="retired"/> out of the directory, moving its queued calls to a successor.</summary>
    public void Retire(Activation retired, IReadOnlyList<WorkItem> pending, Exception? activationFailure)
    {
        var calls = new List<WorkItem>();
        foreach (var item in pending)
        {
            if (item.IsForwardable)
            {
                calls.Add(item);
            }
            else
            {
                item.Drop(null);
            }
        }

        var error = activationFailure ?? (Volatile.Read(ref _stage) == Stopped ? new GrainRuntimeStoppedException() : null);
        if (calls.Count == 0 || error is not null)
        {
            calls.ForEach(call => call.Drop(error));
            directory.Remove(retired);
            return;
        }

        // The successor is created only now that the old activation is done, so a key never has
        // two live activations; it gets the queued calls before anyone else can reach it.
        var successor = new Activation(retired.Id, this);
        calls.ForEach(successor.Post);
        directory.Replace(retired, successor);
    }

    private bool AdmitWhileStopping(TurnContext? caller)
    {
        if (Volatile.Read(ref _stage) != Draining || caller is null)
        {
            return false;
        }

        Interlocked.Increment(ref _grainCallsWhileDraining);
        return true;
    }

    private async Task ForwardAfterRetirementAsync(Activation retired, WorkItem item)
    {
        await retired.Retired.ConfigureAwait(false);
        if (Volatile.Read(ref _stage) == Stopped)
        {
            item.Drop(new GrainRuntimeStoppedException());
            return;
        }

        directory.GetOrAdd(retired.Id, this).Post(item);
    }
}
