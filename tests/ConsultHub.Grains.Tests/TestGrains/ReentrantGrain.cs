using ConsultHub.Grains.Runtime;

namespace ConsultHub.Grains.Tests.TestGrains;

/// <summary>Makes calls that come back to itself, which the runtime must refuse rather than deadlock on.</summary>
public sealed class ReentrantGrain(GrainProbe probe) : Grain, IReentrantGrain
{
    public Task PingAsync()
    {
        probe.Record($"ping:{GetPrimaryKeyString()}");
        return Task.CompletedTask;
    }

    public Task CallSelfAsync() => GrainFactory.GetGrain<IReentrantGrain>(GetPrimaryKeyString()).PingAsync();

    public Task CallPartnerAsync(string partnerKey) =>
        GrainFactory.GetGrain<IReentrantGrain>(partnerKey).CallBackAsync(GetPrimaryKeyString());

    public Task CallBackAsync(string originKey) => GrainFactory.GetGrain<IReentrantGrain>(originKey).PingAsync();

    public async Task ForwardPingAsync(string partnerKey)
    {
        await probe.PassAsync($"forward:{GetPrimaryKeyString()}");
        await GrainFactory.GetGrain<IReentrantGrain>(partnerKey).PingAsync();
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        probe.Record($"deactivate:{GetPrimaryKeyString()}:{reason.ReasonCode}");
        return Task.CompletedTask;
    }
}
