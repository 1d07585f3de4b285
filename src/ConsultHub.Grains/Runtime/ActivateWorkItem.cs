namespace ConsultHub.Grains.Runtime;

/// <summary>The first turn of every activation: creates the grain and runs OnActivateAsync.</summary>
internal sealed class ActivateWorkItem : WorkItem
{
    public override Task RunAsync(Activation activation) => activation.ActivateAsync();

    public override void Drop(Exception? error)
    {
    }
}
