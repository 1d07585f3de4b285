using ConsultHub.Grains.Runtime;

namespace ConsultHub.Grains.Tests.TestGrains;

/// <summary>Fails its first activation attempt per key, as a grain whose storage is briefly down would.</summary>
public sealed class FlakyActivationGrain(GrainProbe probe) : Grain, IFlakyActivationGrain
{
    private int _attempt;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        probe.Record($"activate:{GetPrimaryKeyString()}");
        _attempt = probe.Count($"activate:{GetPrimaryKeyString()}");
        await Task.Yield();
        if (_attempt == 1)
        {
            throw new InvalidOperationException("Activation failed on purpose.");
        }
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        probe.Record($"deactivate:{GetPrimaryKeyString()}:{reason.ReasonCode}");
        return Task.CompletedTask;
    }

    public Task<int> GetAttemptAsync() => Task.FromResult(_attempt);
}
