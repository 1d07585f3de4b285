using System.Collections.Concurrent;
using ConsultHub.Grains.Consultations;
using ConsultHub.Grains.Tests.Consultations;

namespace ConsultHub.Grains.Tests.Hosting;

/// <summary>
/// One silo's watcher of consultation grains, wired as the hub wires its per-silo observer
/// (ConsultationSubscriptions and SignalRConsultationNotifier): one observer reference created
/// through that silo's grain factory, subscribed with the participants connected on that silo,
/// renewed periodically with the last version received, batches put in order and each version
/// passed on once by the hub's <see cref="EventSequencer"/>. What it passes on is recorded per
/// consultation, in the order it is passed on, for the tests to check.
/// </summary>
public sealed class SiloWatcher : IConsultationObserver, IAsyncDisposable
{
    private readonly Func<IGrainFactory> _grains;
    private readonly string? _host;
    private readonly Lock _gate = new();
    private readonly EventSequencer _sequencer = new(TimeProvider.System, EventSequencer.DefaultPatience);
    private readonly Dictionary<string, List<long>> _passedOn = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _watched = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private IConsultationObserver? _reference;
    private string? _lastRenewalError;
    private Task _renewing = Task.CompletedTask;

    public SiloWatcher(string silo, Func<IGrainFactory> grains, string? host = null) => (Presence, _grains, _host) = (new FakePresence(silo), grains, host);

    /// <summary>The connections open on this silo.</summary>
    public FakePresence Presence { get; }

    /// <summary>Observer connections this silo says it holds, by consultation, sent with every renewal.</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, int> Observers { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Subscribes this silo to a consultation (the hub does on its first watcher there), expecting
    /// every version after the one it reads first, as a watcher's view would start there.
    /// </summary>
    public async Task WatchAsync(string consultationId)
    {
        var view = await _grains().GetGrain<IConsultationGrain>(consultationId).GetPublicViewAsync();
        _sequencer.Begin(consultationId, view?.Version ?? 0);
        _watched[consultationId] = true;
        await SubscribeAsync(consultationId);
    }

    /// <summary>Renews every subscription every <paramref name="period"/> until stopped, as the hub's renewal loop does.</summary>
    public void StartRenewing(TimeSpan period) => _renewing = Task.Run(async () =>
    {
        using var timer = new PeriodicTimer(period);
        while (await timer.WaitForNextTickAsync(_stop.Token).ConfigureAwait(false))
        {
            foreach (var id in _watched.Keys)
            {
                try
                {
                    await SubscribeAsync(id).WaitAsync(period * 4, _stop.Token);
                }
                catch (Exception ex) when (!_stop.IsCancellationRequested)
                {
                    // As in the hub: the next renewal tries again. Kept to explain a wait that times out.
                    _lastRenewalError = $"{ex.GetType().Name}: {ex.Message}";
                }
            }
        }
    });

    /// <summary>Stops renewing, as a stopped silo does.</summary>
    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _renewing;
        }
        catch (OperationCanceledException)
        {
            // Stopping is what was asked for.
        }
    }

    /// <summary>The versions of a consultation this silo passed on, in the order it passed them on.</summary>
    public IReadOnlyList<long> Versions(string consultationId)
    {
        lock (_gate)
        {
            return _passedOn.TryGetValue(consultationId, out var versions) ? [.. versions] : [];
        }
    }

    /// <summary>Waits until this silo has passed on <paramref name="version"/> of a consultation.</summary>
    public async Task WaitForAsync(string consultationId, long version, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (Received(consultationId) < version)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException(
                    $"Silo {Presence.Silo} received consultation {consultationId} up to version {Received(consultationId)}, not {version} " +
                    $"(passed on: {string.Join(",", Versions(consultationId))}; last renewal error: {_lastRenewalError ?? "none"}).");
            }
            await Task.Delay(20);
        }
    }

    public Task CommittedAsync(IReadOnlyList<CommittedEvent> events)
    {
        lock (_gate)
        {
            foreach (var committed in _sequencer.Accept(events))
            {
                if (!_passedOn.TryGetValue(committed.ConsultationId, out var versions))
                {
                    _passedOn[committed.ConsultationId] = versions = [];
                }
                versions.Add(committed.Version);
            }
        }
        return Task.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _stop.Dispose();
    }

    private long Received(string consultationId) => _sequencer.Received(consultationId) ?? 0;

    private Task SubscribeAsync(string consultationId)
    {
        var grains = _grains();
        _reference ??= grains.CreateObjectReference<IConsultationObserver>(this);
        var received = Received(consultationId);
        return grains.GetGrain<IConsultationGrain>(consultationId).SubscribeAsync(_reference, Presence.Report(consultationId) with { Host = _host, Observers = Observers.GetValueOrDefault(consultationId) }, received == 0 ? null : received);
    }
}
