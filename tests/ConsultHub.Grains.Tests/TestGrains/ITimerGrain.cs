using ConsultHub.Grains.Runtime;

namespace ConsultHub.Grains.Tests.TestGrains;

public interface ITimerGrain : IGrainWithStringKey
{
    Task StartTimerAsync(TimeSpan dueTime, TimeSpan period, bool keepAlive);

    Task StopTimerAsync();

    Task<int> GetTickCountAsync();

    /// <summary>Signals "held:{key}", then waits at the gate <paramref name="gate"/>.</summary>
    Task HoldAsync(string gate);

    Task DeactivateAsync();
}
