namespace ConsultHub.Grains.Runtime;

/// <summary>
/// A queued request to deactivate, so calls queued before it finish first. An idle request
/// re-checks idleness when its turn comes, since a call may have arrived after the scan.
/// </summary>
internal sealed class DeactivateWorkItem(DeactivationReason reason, TimeSpan? onlyIfIdleFor) : WorkItem
{
    private readonly TaskCompletionSource<bool> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>True when this request deactivated the activation.</summary>
    public Task<bool> Completion => _done.Task;

    public override bool CountsAsActivity => false;

    public override async Task RunAsync(Activation activation)
    {
        if (onlyIfIdleFor is { } age && !activation.IsIdleFor(age))
        {
            _done.TrySetResult(false);
            return;
        }

        await activation.DeactivateAsync(reason).ConfigureAwait(false);
        _done.TrySetResult(true);
    }

    public override void Drop(Exception? error) => _done.TrySetResult(false);
}
