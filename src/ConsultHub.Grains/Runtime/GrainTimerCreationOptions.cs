namespace ConsultHub.Grains.Runtime;

/// <summary>How a grain timer ticks (mirrors Orleans' type of the same name).</summary>
public readonly struct GrainTimerCreationOptions
{
    /// <summary>Creates options with a first tick after <paramref name="dueTime"/> and a repeat every <paramref name="period"/>.</summary>
    [System.Diagnostics.CodeAnalysis.SetsRequiredMembers]
    public GrainTimerCreationOptions(TimeSpan dueTime, TimeSpan period)
    {
        DueTime = dueTime;
        Period = period;
    }

    /// <summary>Delay before the first tick.</summary>
    public required TimeSpan DueTime { get; init; }

    /// <summary>
    /// Delay between the end of one tick and the start of the next;
    /// <see cref="Timeout.InfiniteTimeSpan"/> makes a one-shot timer.
    /// </summary>
    public required TimeSpan Period { get; init; }

    /// <summary>
    /// Whether a tick counts as activity for idle collection. False (the default) lets an
    /// activation whose only work is its timer be collected.
    /// </summary>
    public bool KeepAlive { get; init; }
}
