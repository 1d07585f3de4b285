namespace ConsultHub.Grains.Runtime;

/// <summary>A queued grain call; its task completes with the method's outcome.</summary>
internal sealed class CallWorkItem<TResult>(GrainMethodInvoker<TResult> method, object?[]? args, TurnContext? caller) : WorkItem
{
    // Continuations run asynchronously: the mailbox loop completes this, and running the
    // caller's code inline would hold the loop (delaying every later turn) and, if that code
    // called back into this grain, could wait on the very loop it is running on.
    private readonly TaskCompletionSource<TResult> _result = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task<TResult>? _outcome;

    public Task<TResult> Task => _result.Task;

    public override TurnContext? Caller => caller;

    public override bool IsForwardable => true;

    public override Task RunAsync(Activation activation)
    {
        _outcome = method.Invoke(activation.Grain!, args);
        return _outcome.IsCompleted ? System.Threading.Tasks.Task.CompletedTask : WaitAsync(_outcome);
    }

    /// <summary>Releases the caller only now, so whatever it does next sees this turn as finished.</summary>
    public override void Complete()
    {
        if (_outcome is not null)
        {
            _result.TrySetFromTask(_outcome);
        }
    }

    public override void Drop(Exception? error) => _result.TrySetException(error ?? new GrainRuntimeStoppedException());

    private static async Task WaitAsync(Task<TResult> outcome) =>
        await ((Task)outcome).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
}
