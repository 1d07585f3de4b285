using System.Collections.Concurrent;
using ConsultHub.Grains.Consultations;
using ConsultHub.Domain.Views;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ConsultHub.Web.Hubs;

/// <summary>
/// This silo's subscriptions to consultation grains: its one observer
/// (<see cref="SignalRConsultationNotifier"/>) is subscribed to a consultation when the silo gets its
/// first watcher of it, renewed (with the participants connected here) every <see cref="Renewal"/>
/// while anyone here watches, and dropped once nobody does. Renewal also re-subscribes to a grain
/// that was deactivated and activated again meanwhile.
/// </summary>
public sealed partial class ConsultationSubscriptions(
    IGrainFactory grains, SignalRConsultationNotifier notifier, PresenceTracker presence, WatcherRegistry watchers, ILocalSiloDetails silo, ILogger<ConsultationSubscriptions> logger)
    : BackgroundService
{
    /// <summary>How often subscriptions are renewed; well within <see cref="ConsultationGrainOptions.SubscriptionExpiry"/>.</summary>
    public static readonly TimeSpan Renewal = TimeSpan.FromSeconds(2);

    private readonly ConcurrentDictionary<string, Task> _subscribed = new(StringComparer.Ordinal);
    private readonly string _host = silo.SiloAddress.ToParsableString();
    private readonly Lazy<IConsultationObserver> _reference = new(() => grains.CreateObjectReference<IConsultationObserver>(notifier));

    /// <summary>Subscribes this silo to a consultation unless it already is; completes once the grain took the subscription.</summary>
    public async Task EnsureAsync(string consultationId)
    {
        var subscribing = _subscribed.GetOrAdd(consultationId, SubscribeAsync);
        try
        {
            await subscribing;
        }
        catch
        {
            _subscribed.TryRemove(new KeyValuePair<string, Task>(consultationId, subscribing));
            throw;
        }
    }

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Renewal);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            foreach (var id in _subscribed.Keys)
            {
                try
                {
                    if (watchers.IsWatched(id))
                    {
                        await SubscribeAsync(id);
                    }
                    else if (_subscribed.TryRemove(id, out _))
                    {
                        await grains.GetGrain<IConsultationGrain>(id).UnsubscribeAsync(_reference.Value);
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // The next renewal tries again; the grain keeps an unrenewed subscription for a while.
                    LogRenewalFailed(id, ex);
                }
            }
        }
    }

    /// <inheritdoc/>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (_reference.IsValueCreated)
        {
            grains.DeleteObjectReference<IConsultationObserver>(_reference.Value);
        }
    }

    private Task SubscribeAsync(string consultationId) =>
        grains.GetGrain<IConsultationGrain>(consultationId).SubscribeAsync(_reference.Value, presence.Report(consultationId) with { Host = _host, Observers = watchers.Count(consultationId, Audience.Observer) }, notifier.Received(consultationId));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Renewing this silo's subscription to consultation {ConsultationId} failed")]
    private partial void LogRenewalFailed(string consultationId, Exception exception);
}
