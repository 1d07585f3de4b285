namespace ConsultHub.Grains.Runtime;

/// <summary>Why an activation is being deactivated (the subset of Orleans' codes this runtime uses).</summary>
public enum DeactivationReasonCode
{
    /// <summary>No reason given.</summary>
    None,

    /// <summary>The runtime is stopping.</summary>
    ShuttingDown,

    /// <summary>The grain asked for it with <see cref="Grain.DeactivateOnIdle"/>.</summary>
    ApplicationRequested,

    /// <summary>The activation was idle for longer than the collection age.</summary>
    ActivationIdle,
}
