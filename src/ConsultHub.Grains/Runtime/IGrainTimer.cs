namespace ConsultHub.Grains.Runtime;

/// <summary>
/// A timer registered by a grain. Its ticks run as turns of the grain's activation, so they never
/// run concurrently with a call; disposing it stops further ticks.
/// </summary>
public interface IGrainTimer : IDisposable
{
    /// <summary>Re-arms the timer: first tick after <paramref name="dueTime"/>, then every
    /// <paramref name="period"/> (<see cref="Timeout.InfiniteTimeSpan"/> for no repeat).</summary>
    void Change(TimeSpan dueTime, TimeSpan period);
}
