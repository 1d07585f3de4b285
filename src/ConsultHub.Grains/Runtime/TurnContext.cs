namespace ConsultHub.Grains.Runtime;

/// <summary>
/// One running turn and the turn that called it, carried through async code so that a call can
/// see the chain of turns waiting on it (deadlock detection) and whether it comes from a grain.
/// </summary>
internal sealed class TurnContext
{
    private static readonly AsyncLocal<TurnContext?> CurrentTurn = new();
    private volatile bool _isActive = true;

    public TurnContext(Activation activation, TurnContext? caller)
    {
        Activation = activation;

        // Finished turns cannot deadlock anyone; dropping them keeps chains short when calls
        // are made fire-and-forget from turn to turn.
        while (caller is { _isActive: false })
        {
            caller = caller.Caller;
        }

        Caller = caller;
    }

    public static TurnContext? Current
    {
        get => CurrentTurn.Value;
        set => CurrentTurn.Value = value;
    }

    public Activation Activation { get; }

    public TurnContext? Caller { get; }

    public void Complete() => _isActive = false;

    /// <summary>Whether a turn of <paramref name="id"/> is running somewhere up this chain, waiting for the call being made.</summary>
    public bool IsWaitedOnBy(GrainId id)
    {
        for (var turn = this; turn is not null; turn = turn.Caller)
        {
            if (turn._isActive && turn.Activation.Id == id)
            {
                return true;
            }
        }

        return false;
    }
}
