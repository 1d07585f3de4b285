using System.Net;
using System.Net.Sockets;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ConsultHub.Benchmarks;

/// <summary>A call through Orleans (reference, activation, turn) from inside the silo, as the hub makes it, against a direct call doing the same work.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class GrainCallBenchmarks
{
    private IHost _silo = null!;
    private ICounterGrain _grain = null!;
    private readonly Counter _direct = new();

    [GlobalSetup]
    public void Setup()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.UseOrleans(silo => silo.UseLocalhostClustering(FreePort(), 0));
        _silo = builder.Build();
        _silo.StartAsync().GetAwaiter().GetResult();
        _grain = _silo.Services.GetRequiredService<IGrainFactory>().GetGrain<ICounterGrain>("bench");
        _grain.IncrementAsync().GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _silo.StopAsync().GetAwaiter().GetResult();
        _silo.Dispose();
    }

    [Benchmark(Baseline = true, Description = "direct call")]
    public Task<int> Direct() => _direct.IncrementAsync();

    [Benchmark(Description = "grain call")]
    public Task<int> ThroughOrleans() => _grain.IncrementAsync();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
