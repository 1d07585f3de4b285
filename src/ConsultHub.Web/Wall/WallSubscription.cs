using ConsultHub.Grains.Wall;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ConsultHub.Web.Wall;

/// <summary>
/// Keeps this silo's <see cref="SignalRWallNotifier"/> subscribed to the wall grain: subscribes once
/// the silo runs and renews every <see cref="Renewal"/>, well within
/// <see cref="WallOptions.SubscriptionExpiry"/>, so a wall grain activated again (after its silo
/// died) hears of this silo within one renewal. Every silo serves the wall page, so each subscribes
/// whether or not anyone watches yet: one call every two seconds per silo.
/// </summary>
public sealed partial class WallSubscription(IGrainFactory grains, SignalRWallNotifier notifier, ILogger<WallSubscription> logger) : BackgroundService
{
    /// <summary>How often the subscription is renewed.</summary>
    public static readonly TimeSpan Renewal = TimeSpan.FromSeconds(2);

    private readonly string _silo = Guid.NewGuid().ToString("n");
    private readonly Lazy<IWallObserver> _reference = new(() => grains.CreateObjectReference<IWallObserver>(notifier));

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Renewal);
        do
        {
            try
            {
                await Wall.SubscribeAsync(_silo, _reference.Value);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The next renewal tries again; meanwhile this silo's watchers miss updates, not the wall.
                LogRenewalFailed(ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <inheritdoc/>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (_reference.IsValueCreated)
        {
            try
            {
                await Wall.UnsubscribeAsync(_reference.Value).WaitAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The wall drops the subscription when it expires.
                LogRenewalFailed(ex);
            }
            grains.DeleteObjectReference<IWallObserver>(_reference.Value);
        }
    }

    private IWallGrain Wall => grains.GetGrain<IWallGrain>(IWallGrain.Key);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Subscribing this silo to the wall failed")]
    private partial void LogRenewalFailed(Exception exception);
}
