namespace ConsultHub.Grains.Runtime;

/// <summary>An empty turn whose completion tells that everything queued before it has run.</summary>
internal sealed class BarrierWorkItem : WorkItem
{
    private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Reached => _reached.Task;

    public override bool CountsAsActivity => false;

    public override Task RunAsync(Activation activation)
    {
        _reached.TrySetResult();
        return Task.CompletedTask;
    }

    public override void Drop(Exception? error) => _reached.TrySetResult();
}
