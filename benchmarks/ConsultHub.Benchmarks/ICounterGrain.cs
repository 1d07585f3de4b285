using ConsultHub.Grains.Runtime;

namespace ConsultHub.Benchmarks;

/// <summary>A minimal grain for measuring the runtime's per-call cost.</summary>
public interface ICounterGrain : IGrainWithStringKey
{
    Task<int> IncrementAsync();
}
