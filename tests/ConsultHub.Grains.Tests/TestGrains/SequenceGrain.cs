using ConsultHub.Grains.Runtime;

namespace ConsultHub.Grains.Tests.TestGrains;

/// <summary>Appends values with an await in the middle of each turn, so interleaved turns would show.</summary>
public sealed class SequenceGrain(GrainProbe probe) : Grain, ISequenceGrain
{
    private readonly List<int> _values = [];

    private string Key => GetPrimaryKeyString();

    public async Task AppendAsync(int value)
    {
        using var turn = probe.EnterTurn(Key);
        await Task.Yield();
        _values.Add(value);
    }

    public Task<int[]> GetValuesAsync() => Task.FromResult(_values.ToArray());

    public async Task HoldAsync(string gate)
    {
        using var turn = probe.EnterTurn(Key);
        probe.Signal($"held:{Key}");
        await probe.PassAsync(gate);
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        probe.Record($"deactivate:{Key}:{reason.ReasonCode}");
        return Task.CompletedTask;
    }
}
