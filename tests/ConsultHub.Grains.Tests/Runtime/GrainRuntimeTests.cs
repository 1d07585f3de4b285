using ConsultHub.Grains.Runtime;
using ConsultHub.Grains.Tests.TestGrains;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ConsultHub.Grains.Tests.Runtime;

public sealed class GrainRuntimeTests
{
    private static readonly TimeSpan Guard = GrainProbe.Guard;

    [Fact]
    public async Task Shutdown_DrainsMailboxesAndDeactivatesAll()
    {
        await using var silo = new TestSilo();
        var busy = silo.Grain<ISequenceGrain>("busy");
        var idle = silo.Grain<ILifecycleGrain>("idle");
        await idle.CallAsync();
        silo.Probe.Hold("gate");
        var held = busy.HoldAsync("gate");
        await silo.Probe.WhenSignaled("held:busy");
        var queued = Enumerable.Range(0, 10).Select(busy.AppendAsync).ToList();

        var stopping = silo.Runtime.StopAsync(CancellationToken.None);
        await Assert.ThrowsAsync<GrainRuntimeStoppedException>(idle.CallAsync);
        Assert.False(stopping.IsCompleted);
        silo.Probe.Release("gate");
        await stopping.WaitAsync(Guard);

        await Task.WhenAll(queued.Append(held));
        Assert.Contains("deactivate:busy:ShuttingDown", silo.Probe.Events);
        Assert.Contains("deactivate:idle:ShuttingDown", silo.Probe.Events);
        Assert.Equal(0, silo.Runtime.ActivationCount);
        await Assert.ThrowsAsync<GrainRuntimeStoppedException>(() => busy.AppendAsync(99));
    }

    [Fact]
    public async Task Shutdown_CallsBetweenGrainsWhileDraining_Complete()
    {
        await using var silo = new TestSilo();
        silo.Probe.Hold("forward:relay");
        var forwarding = silo.Grain<IReentrantGrain>("relay").ForwardPingAsync("target");

        var stopping = silo.Runtime.StopAsync(CancellationToken.None);
        silo.Probe.Release("forward:relay");

        await forwarding.WaitAsync(Guard);
        await stopping.WaitAsync(Guard);
        Assert.Equal(["ping:target"], silo.Probe.Events.Where(e => e.StartsWith("ping:", StringComparison.Ordinal)));
        Assert.Contains("deactivate:target:ShuttingDown", silo.Probe.Events);
    }

    [Fact]
    public async Task Host_StartsAndStopsTheRuntime()
    {
        var probe = new GrainProbe();
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddSingleton(probe).AddGrainRuntime().AddGrain<ILifecycleGrain, LifecycleGrain>();
        using var host = builder.Build();

        await host.StartAsync();
        await host.Services.GetRequiredService<IGrainFactory>().GetGrain<ILifecycleGrain>("hosted").CallAsync();
        await host.StopAsync();

        Assert.Equal(["activate:hosted", "call:hosted", "deactivate:hosted:ShuttingDown"], probe.Events);
    }

    [Fact]
    public async Task Host_WithInvalidOptions_FailsOnStart()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddGrainRuntime(options => options.CollectionAge = TimeSpan.Zero);
        using var host = builder.Build();

        var refused = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("CollectionAge must be positive", refused.Message, StringComparison.Ordinal);
    }
}
