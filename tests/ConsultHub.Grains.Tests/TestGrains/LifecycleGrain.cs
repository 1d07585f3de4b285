using ConsultHub.Grains.Runtime;

namespace ConsultHub.Grains.Tests.TestGrains;

/// <summary>Reports its lifecycle; OnDeactivateAsync waits at the gate "deactivation:{key}" if a test holds it.</summary>
public sealed class LifecycleGrain(GrainProbe probe) : Grain, ILifecycleGrain
{
    private int _calls;
    private int _generation;
    private IDisposable? _live;

    private string Key => GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // Yield first, so a runtime that let the first call in before activation finished would show it.
        await Task.Yield();
        _live = probe.EnterLive(Key);
        _generation = probe.Events.Count(e => e == $"activate:{Key}") + 1;
        probe.Record($"activate:{Key}");
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        probe.Record($"deactivate:{Key}:{reason.ReasonCode}");
        probe.Signal($"deactivating:{Key}");
        await probe.PassAsync($"deactivation:{Key}");
        _live?.Dispose();
        probe.Signal($"deactivated:{Key}");
    }

    public Task<int> CallAsync()
    {
        probe.Record($"call:{Key}");
        return Task.FromResult(++_calls);
    }

    public Task<int> GetGenerationAsync() => Task.FromResult(_generation);

    public Task<string> GetKeyAsync() => Task.FromResult(GetPrimaryKeyString());

    public async Task FailAsync()
    {
        await Task.Yield();
        throw new InvalidOperationException("The call failed on purpose.");
    }

    public Task FailSynchronously() => throw new ArgumentException("The call failed before returning a task.");

    public Task DeactivateAsync()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}
