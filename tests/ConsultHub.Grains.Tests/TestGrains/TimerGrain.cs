using ConsultHub.Grains.Runtime;

namespace ConsultHub.Grains.Tests.TestGrains;

/// <summary>Counts timer ticks and logs them next to its calls; signals "tick:{key}:{n}" after tick n.</summary>
public sealed class TimerGrain(GrainProbe probe) : Grain, ITimerGrain
{
    private IGrainTimer? _timer;
    private int _ticks;

    private string Key => GetPrimaryKeyString();

    public Task StartTimerAsync(TimeSpan dueTime, TimeSpan period, bool keepAlive)
    {
        _timer = RegisterGrainTimer(TickAsync, new GrainTimerCreationOptions(dueTime, period) { KeepAlive = keepAlive });
        return Task.CompletedTask;
    }

    public Task StopTimerAsync()
    {
        _timer?.Dispose();
        return Task.CompletedTask;
    }

    public Task<int> GetTickCountAsync() => Task.FromResult(_ticks);

    public async Task HoldAsync(string gate)
    {
        using var turn = probe.EnterTurn(Key);
        probe.Record($"hold-start:{Key}");
        probe.Signal($"held:{Key}");
        await probe.PassAsync(gate);
        probe.Record($"hold-end:{Key}");
    }

    public Task DeactivateAsync()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        probe.Record($"deactivate:{Key}:{reason.ReasonCode}");
        probe.Signal($"deactivated:{Key}");
        return Task.CompletedTask;
    }

    private async Task TickAsync(CancellationToken cancellationToken)
    {
        using var turn = probe.EnterTurn(Key);
        await Task.Yield();
        probe.Record($"tick:{Key}");
        _ticks++;
        probe.Signal($"tick:{Key}:{_ticks}");
    }
}
