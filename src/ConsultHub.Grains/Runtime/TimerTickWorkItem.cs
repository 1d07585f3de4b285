namespace ConsultHub.Grains.Runtime;

/// <summary>One timer tick, queued like a call so that it never overlaps one.</summary>
internal sealed class TimerTickWorkItem(GrainTimer timer) : WorkItem
{
    public override bool CountsAsActivity => timer.KeepAlive;

    public override Task RunAsync(Activation activation) => timer.TickAsync();

    public override void Drop(Exception? error)
    {
    }
}
