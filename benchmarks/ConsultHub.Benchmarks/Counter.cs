namespace ConsultHub.Benchmarks;

/// <summary>The work both the direct call and the grain call do.</summary>
public sealed class Counter
{
    private int _value;

    public Task<int> IncrementAsync() => Task.FromResult(++_value);
}
