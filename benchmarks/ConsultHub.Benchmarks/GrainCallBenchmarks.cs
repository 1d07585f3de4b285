using BenchmarkDotNet.Attributes;
using ConsultHub.Grains.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultHub.Benchmarks;

/// <summary>A call through the grain runtime (reference, mailbox, turn) against a direct call doing the same work.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class GrainCallBenchmarks
{
    private ServiceProvider _services = null!;
    private GrainRuntime _runtime = null!;
    private ICounterGrain _grain = null!;
    private readonly Counter _direct = new();

    [GlobalSetup]
    public void Setup()
    {
        _services = new ServiceCollection().AddGrainRuntime().AddGrain<ICounterGrain, CounterGrain>().BuildServiceProvider();
        _runtime = _services.GetRequiredService<GrainRuntime>();
        _runtime.StartAsync(CancellationToken.None).GetAwaiter().GetResult();
        _grain = _services.GetRequiredService<IGrainFactory>().GetGrain<ICounterGrain>("bench");
        _grain.IncrementAsync().GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _runtime.StopAsync(CancellationToken.None).GetAwaiter().GetResult();
        _services.Dispose();
    }

    [Benchmark(Baseline = true, Description = "direct call")]
    public Task<int> Direct() => _direct.IncrementAsync();

    [Benchmark(Description = "grain call")]
    public Task<int> ThroughRuntime() => _grain.IncrementAsync();
}
