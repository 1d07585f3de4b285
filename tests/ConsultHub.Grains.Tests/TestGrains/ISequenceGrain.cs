using ConsultHub.Grains.Runtime;

namespace ConsultHub.Grains.Tests.TestGrains;

public interface ISequenceGrain : IGrainWithStringKey
{
    Task AppendAsync(int value);

    Task<int[]> GetValuesAsync();

    /// <summary>Signals "held:{key}", then waits at the gate <paramref name="gate"/>.</summary>
    Task HoldAsync(string gate);
}
