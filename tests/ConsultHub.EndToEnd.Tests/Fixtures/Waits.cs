namespace ConsultHub.EndToEnd.Tests.Fixtures;

/// <summary>
/// Generous waits for a loaded two-core machine. They bound how long a test may hang, not what
/// it accepts: latency promises are checked separately and strictly (<see cref="ObserverLatency"/>).
/// </summary>
public static class Waits
{
    /// <summary>Starting the host process (JIT, SQLite, Kestrel).</summary>
    public static readonly TimeSpan HostStart = TimeSpan.FromSeconds(120);

    /// <summary>Default for any page action or wait.</summary>
    public static readonly TimeSpan Ui = TimeSpan.FromSeconds(30);

    /// <summary>The budget within which the observer's page must show a change.</summary>
    public static readonly TimeSpan ObserverBudget = TimeSpan.FromSeconds(1);
}
