using ConsultHub.Grains.Tests.TestGrains;

namespace ConsultHub.Grains.Tests.Runtime;

public sealed class GrainTimerTests : IAsyncLifetime
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan OneShot = Timeout.InfiniteTimeSpan;
    private readonly TestSilo _silo = new();

    private GrainProbe Probe => _silo.Probe;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _silo.DisposeAsync();

    [Fact]
    public async Task Timer_Ticks_RunAsTurns()
    {
        var grain = _silo.Grain<ITimerGrain>("turns");
        await grain.StartTimerAsync(Minute, OneShot, keepAlive: false);
        Probe.Hold("busy");
        var busy = grain.HoldAsync("busy");
        await Probe.WhenSignaled("held:turns");

        _silo.Time.Advance(Minute);
        var afterTick = grain.GetTickCountAsync();
        Probe.Release("busy");

        Assert.Equal(1, await afterTick.WaitAsync(GrainProbe.Guard));
        await busy;
        Assert.Equal(["hold-start:turns", "hold-end:turns", "tick:turns"], Probe.Events);
        Assert.Equal(1, Probe.MaxConcurrentTurns("turns"));
    }

    [Fact]
    public async Task Timer_Periodic_TicksEveryPeriodAfterTheLastTickEnds()
    {
        var grain = _silo.Grain<ITimerGrain>("periodic");
        await grain.StartTimerAsync(Minute, Minute, keepAlive: false);

        for (var tick = 1; tick <= 3; tick++)
        {
            _silo.Time.Advance(Minute);
            await Probe.WhenSignaled($"tick:periodic:{tick}");

            // Queued behind the tick, so the timer is re-armed by the time this returns.
            Assert.Equal(tick, await grain.GetTickCountAsync());
        }
    }

    [Fact]
    public async Task Timer_OneShot_TicksOnce()
    {
        var grain = _silo.Grain<ITimerGrain>("once");
        await grain.StartTimerAsync(Minute, OneShot, keepAlive: false);

        _silo.Time.Advance(Minute);
        await Probe.WhenSignaled("tick:once:1");
        await grain.GetTickCountAsync();
        _silo.Time.Advance(Minute * 10);

        Assert.Equal(1, await grain.GetTickCountAsync());
        Assert.Equal(0, _silo.Time.ArmedTimerCount);
    }

    [Fact]
    public async Task Timer_Disposed_StopsTicking()
    {
        var grain = _silo.Grain<ITimerGrain>("stopped");
        await grain.StartTimerAsync(Minute, Minute, keepAlive: false);
        _silo.Time.Advance(Minute);
        await Probe.WhenSignaled("tick:stopped:1");

        await grain.StopTimerAsync();
        _silo.Time.Advance(Minute * 10);

        Assert.Equal(1, await grain.GetTickCountAsync());
        Assert.Equal(0, _silo.Time.ArmedTimerCount);
    }

    [Fact]
    public async Task Timer_AtDeactivation_Stops()
    {
        var grain = _silo.Grain<ITimerGrain>("retiring");
        await grain.StartTimerAsync(Minute, Minute, keepAlive: false);

        await grain.DeactivateAsync();
        await Probe.WhenSignaled("deactivated:retiring");

        // Reaches a fresh activation only once the old one has fully retired.
        Assert.Equal(0, await grain.GetTickCountAsync());
        _silo.Time.Advance(Minute * 10);

        Assert.Equal(0, _silo.Time.ArmedTimerCount);
        Assert.Equal(0, Probe.Count("tick:retiring"));
    }
}
