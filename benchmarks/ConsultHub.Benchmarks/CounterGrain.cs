namespace ConsultHub.Benchmarks;

/// <summary>Forwards to a <see cref="Counter"/>, so the difference to a direct call is Orleans' cost.</summary>
public sealed class CounterGrain : Grain, ICounterGrain
{
    private readonly Counter _counter = new();

    public Task<int> IncrementAsync() => _counter.IncrementAsync();
}
