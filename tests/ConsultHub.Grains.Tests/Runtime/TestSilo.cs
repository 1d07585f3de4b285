using ConsultHub.Grains.Runtime;
using ConsultHub.Grains.Tests.TestGrains;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultHub.Grains.Tests.Runtime;

/// <summary>A grain runtime without a host, on a manual clock, with every test grain registered.</summary>
public sealed class TestSilo : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public TestSilo(Action<GrainRuntimeOptions>? configure = null)
    {
        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(Time)
            .AddSingleton(Probe)
            .AddGrainRuntime(configure)
            .AddGrain<ILifecycleGrain, LifecycleGrain>()
            .AddGrain<IFlakyActivationGrain, FlakyActivationGrain>()
            .AddGrain<ISequenceGrain, SequenceGrain>()
            .AddGrain<IRendezvousGrain, RendezvousGrain>()
            .AddGrain<ITimerGrain, TimerGrain>()
            .AddGrain<IReentrantGrain, ReentrantGrain>()
            .AddGrain<IPublisherGrain, PublisherGrain>()
            .AddGrain<IAmbientGrain, AmbientGrain>();
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        Factory = _services.GetRequiredService<IGrainFactory>();
        Runtime = _services.GetRequiredService<GrainRuntime>();
    }

    public ManualTimeProvider Time { get; } = new();

    public GrainProbe Probe { get; } = new();

    public IGrainFactory Factory { get; }

    public GrainRuntime Runtime { get; }

    public TGrain Grain<TGrain>(string key)
        where TGrain : IGrainWithStringKey =>
        Factory.GetGrain<TGrain>(key);

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
