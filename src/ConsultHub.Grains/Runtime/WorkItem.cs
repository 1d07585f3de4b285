namespace ConsultHub.Grains.Runtime;

/// <summary>One turn waiting in an activation's mailbox: a call, a timer tick, or a lifecycle step.</summary>
internal abstract class WorkItem
{
    /// <summary>The turn that made this call, if it came from a grain.</summary>
    public virtual TurnContext? Caller => null;

    /// <summary>Whether running it resets the activation's idle age.</summary>
    public virtual bool CountsAsActivity => true;

    /// <summary>Whether it moves to the next activation when this one retires with it still queued.</summary>
    public virtual bool IsForwardable => false;

    /// <summary>Runs the turn. Never throws: failures go to whoever waits for the item.</summary>
    public abstract Task RunAsync(Activation activation);

    /// <summary>Called once the turn has fully ended (activity recorded, turn closed), to release whoever waits for it.</summary>
    public virtual void Complete()
    {
    }

    /// <summary>The item will never run; <paramref name="error"/> is what its waiter should see, if anything.</summary>
    public abstract void Drop(Exception? error);
}
