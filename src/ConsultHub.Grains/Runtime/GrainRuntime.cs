using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ConsultHub.Grains.Runtime;

/// <summary>
/// The runtime's lifecycle. Grain calls work from construction; <see cref="StartAsync"/> starts
/// idle collection and <see cref="StopAsync"/> drains and deactivates everything. Registered by
/// <c>AddGrainRuntime</c> as a singleton and as a hosted service; without a host, resolve it and
/// call these methods yourself.
/// </summary>
public sealed class GrainRuntime : IHostedService, IAsyncDisposable, IDisposable
{
    private static readonly DeactivationReason ShutdownReason = new(DeactivationReasonCode.ShuttingDown, "The grain runtime is stopping.");

    private readonly GrainDispatcher _dispatcher;
    private readonly ActivationDirectory _directory;
    private readonly IdleCollector _collector;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stopCollecting = new();
    private readonly Lock _gate = new();
    private Task? _collecting;
    private Task? _stopping;

    internal GrainRuntime(GrainDispatcher dispatcher, ActivationDirectory directory, IdleCollector collector, ILogger<GrainRuntime> logger)
    {
        _dispatcher = dispatcher;
        _directory = directory;
        _collector = collector;
        _logger = logger;
    }

    /// <summary>How many activations are live.</summary>
    public int ActivationCount => _directory.Count;

    /// <summary>Starts idle collection, one scan per <see cref="GrainRuntimeOptions.CollectionQuantum"/>.</summary>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _collecting ??= _collector.RunAsync(_stopCollecting.Token);
        }

        return Task.CompletedTask;
    }

    /// <summary>Deactivates every activation idle for at least <see cref="GrainRuntimeOptions.CollectionAge"/>
    /// now, without waiting for the next scan; returns how many it deactivated.</summary>
    public Task<int> CollectIdleAsync() => _collector.CollectAsync();

    /// <summary>
    /// Stops the runtime: refuses calls from outside grains at once, lets queued calls finish
    /// (grains may still call each other meanwhile), then refuses every call and deactivates all
    /// activations. Later calls fail with <see cref="GrainRuntimeStoppedException"/>.
    /// </summary>
    /// <param name="cancellationToken">When canceled, the runtime stops waiting and cancels the tokens given to grains.</param>
    public Task StopAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _stopping ??= StopCoreAsync(cancellationToken);
        }

        return _stopping.WaitAsync(cancellationToken);
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await StopAsync(CancellationToken.None).ConfigureAwait(false);
        _stopCollecting.Dispose();
    }

    /// <summary>Stops the runtime and waits for it. Prefer <see cref="DisposeAsync"/>; this exists so a
    /// container disposed synchronously can still dispose the runtime. Never call it from a grain turn.</summary>
    public void Dispose()
    {
        StopAsync(CancellationToken.None).GetAwaiter().GetResult();
        _stopCollecting.Dispose();
    }

    private async Task StopCoreAsync(CancellationToken cancellationToken)
    {
        _dispatcher.BeginDraining();
        using var abort = cancellationToken.Register(_dispatcher.Abort);
        RuntimeLog.Stopping(_logger, _directory.Count);
        await _stopCollecting.CancelAsync().ConfigureAwait(false);
        await (_collecting ?? Task.CompletedTask).ConfigureAwait(false);
        try
        {
            await DrainAsync(cancellationToken).ConfigureAwait(false);
            _dispatcher.Stop();
            while (_directory.Snapshot() is { Count: > 0 } live)
            {
                var retired = live.Select(activation =>
                {
                    _ = activation.RequestDeactivationAsync(ShutdownReason);
                    return activation.Retired;
                });
                await Task.WhenAll(retired).WaitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            _dispatcher.Stop();
            RuntimeLog.StopCancelled(_logger, _directory.Count);
        }
    }

    /// <summary>Waits until a pass over every mailbox sees no new call from a grain, so work that
    /// grains hand to each other finishes too.</summary>
    private async Task DrainAsync(CancellationToken cancellationToken)
    {
        long callsBefore;
        do
        {
            callsBefore = _dispatcher.GrainCallsWhileDraining;
            var drained = _directory.Snapshot().Select(activation => activation.WhenQueueDrainedAsync());
            await Task.WhenAll(drained).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        while (_dispatcher.GrainCallsWhileDraining != callsBefore);
    }
}
