using Microsoft.Extensions.Logging;

namespace ConsultHub.Grains.Runtime;

/// <summary>Deactivates activations that have been idle longer than the collection age, scanning once per quantum.</summary>
internal sealed class IdleCollector(ActivationDirectory directory, GrainRuntimeOptions options, TimeProvider time, ILogger logger)
{
    private static readonly DeactivationReason IdleReason =
        new(DeactivationReasonCode.ActivationIdle, "The activation was idle for longer than the collection age.");

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(options.CollectionQuantum, time);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
            {
                await CollectAsync().ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>One scan; returns how many activations it deactivated.</summary>
    public async Task<int> CollectAsync()
    {
        var age = options.CollectionAge;
        var requests = directory.Snapshot()
            .Where(activation => activation.IsIdleFor(age))
            .Select(activation => activation.RequestDeactivationAsync(IdleReason, onlyIfIdleFor: age));
        var results = await Task.WhenAll(requests).ConfigureAwait(false);
        var collected = results.Count(deactivated => deactivated);
        if (collected > 0)
        {
            RuntimeLog.IdleCollected(logger, collected, age);
        }

        return collected;
    }
}
