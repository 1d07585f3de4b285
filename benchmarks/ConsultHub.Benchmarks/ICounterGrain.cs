namespace ConsultHub.Benchmarks;

/// <summary>A minimal grain for measuring Orleans' per-call cost.</summary>
[Alias("ConsultHub.Benchmarks.ICounterGrain")]
public interface ICounterGrain : IGrainWithStringKey
{
    [Alias("Increment")]
    Task<int> IncrementAsync();
}
