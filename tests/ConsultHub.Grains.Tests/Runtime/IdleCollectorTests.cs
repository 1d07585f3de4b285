using ConsultHub.Grains.Tests.TestGrains;

namespace ConsultHub.Grains.Tests.Runtime;

public sealed class IdleCollectorTests : IAsyncLifetime
{
    private static readonly TimeSpan Age = TimeSpan.FromMinutes(10);
    private readonly TestSilo _silo = new(options => options.CollectionAge = Age);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _silo.DisposeAsync();

    [Fact]
    public async Task Idle_PastCollectionAge_Deactivates()
    {
        var grain = _silo.Grain<ILifecycleGrain>("sleepy");
        await grain.CallAsync();

        _silo.Time.Advance(Age);

        Assert.Equal(1, await _silo.Runtime.CollectIdleAsync());
        Assert.Equal(0, _silo.Runtime.ActivationCount);
        Assert.Contains("deactivate:sleepy:ActivationIdle", _silo.Probe.Events);
        Assert.Equal(2, await grain.GetGenerationAsync());
    }

    [Fact]
    public async Task Idle_WithRecentCall_StaysActive()
    {
        var grain = _silo.Grain<ILifecycleGrain>("busy");
        await grain.CallAsync();
        _silo.Time.Advance(Age - TimeSpan.FromMinutes(1));
        await grain.CallAsync();

        _silo.Time.Advance(Age - TimeSpan.FromMinutes(1));

        Assert.Equal(0, await _silo.Runtime.CollectIdleAsync());
        Assert.Equal(1, _silo.Runtime.ActivationCount);
        Assert.Equal(3, await grain.CallAsync());
    }

    [Fact]
    public async Task Idle_OnlyOlderActivations_AreCollected()
    {
        await _silo.Grain<ILifecycleGrain>("old").CallAsync();
        _silo.Time.Advance(Age / 2);
        await _silo.Grain<ILifecycleGrain>("young").CallAsync();

        _silo.Time.Advance(Age / 2);

        Assert.Equal(1, await _silo.Runtime.CollectIdleAsync());
        Assert.Equal(["deactivate:old:ActivationIdle"], _silo.Probe.Events.Where(e => e.StartsWith("deactivate:", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(false, 1)]
    [InlineData(true, 0)]
    public async Task TimerTick_CountsAsActivityOnlyWithKeepAlive(bool keepAlive, int collected)
    {
        var grain = _silo.Grain<ITimerGrain>("ticking");
        await grain.StartTimerAsync(Age - TimeSpan.FromMinutes(1), Timeout.InfiniteTimeSpan, keepAlive);

        _silo.Time.Advance(Age - TimeSpan.FromMinutes(1));
        await _silo.Probe.WhenSignaled("tick:ticking:1");
        _silo.Time.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(collected, await _silo.Runtime.CollectIdleAsync());
    }
}
