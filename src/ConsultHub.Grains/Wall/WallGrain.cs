using ConsultHub.Domain.Model;
using ConsultHub.Grains.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ConsultHub.Grains.Wall;

/// <summary>
/// Holds the latest headline of every live public consultation, persisted through Orleans grain
/// storage so the wall survives a restart before each consultation reports again. Pushes are
/// batched: reports arriving within the push interval go out together (and are written together),
/// so watchers get a few messages a second however many consultations run. Each push goes once to
/// every subscribed silo (<see cref="WallSubscribers"/>), one-way, so a dead silo never stalls it.
/// </summary>
public sealed partial class WallGrain(
    [PersistentState("wall", GrainStorage.Name)] IPersistentState<WallState> state,
    [FromKeyedServices(TimeProviderNames.Grains)] TimeProvider clock,
    IOptions<WallOptions> options,
    ILogger<WallGrain> logger) : Grain, IWallGrain
{
    /// <summary>Keeps the wall activated while nothing reports (a lunch break), so pushes keep their pace.</summary>
    private static readonly TimeSpan KeepAlivePeriod = TimeSpan.FromMinutes(1);

    private readonly SortedDictionary<string, WallEntry> _pending = new(StringComparer.Ordinal);
    private readonly WallSubscribers _subscribers = new(options.Value.SubscriptionExpiry, clock, logger);
    private IDisposable? _push;
    private DateTimeOffset _lastPush = DateTimeOffset.MinValue;

    private Dictionary<string, WallEntry> Entries => state.State.Entries;

    /// <inheritdoc/>
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        this.RegisterGrainTimer(_ => Task.CompletedTask, new GrainTimerCreationOptions(KeepAlivePeriod, KeepAlivePeriod) { KeepAlive = true });
        var expiry = options.Value.SubscriptionExpiry;
        this.RegisterGrainTimer(_ => ExpireSubscriptionsAsync(), new GrainTimerCreationOptions(expiry, expiry));
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task SubscribeAsync(string silo, IWallObserver observer)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(silo);
        ArgumentNullException.ThrowIfNull(observer);
        _subscribers.Subscribe(silo, observer);
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task UnsubscribeAsync(IWallObserver observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        _subscribers.Unsubscribe(observer);
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task ReportAsync(WallEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var known = Entries.TryGetValue(entry.ConsultationId, out var held);
        if (known && held!.Version > entry.Version)
        {
            return Task.CompletedTask;
        }
        if (entry.Status == ConsultationStatus.Live)
        {
            Entries[entry.ConsultationId] = entry;
        }
        else if (!Entries.Remove(entry.ConsultationId))
        {
            return Task.CompletedTask;
        }
        _pending[entry.ConsultationId] = entry;
        ArmPush();
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task<WallSnapshot> GetSnapshotAsync() => Task.FromResult(new WallSnapshot(
    [
        .. Entries.Values
            .OrderBy(e => e.Region, StringComparer.OrdinalIgnoreCase)
            .ThenBy(e => e.Title, StringComparer.OrdinalIgnoreCase)
            .ThenBy(e => e.ConsultationId, StringComparer.Ordinal),
    ]));

    private void ArmPush()
    {
        if (_push is not null)
        {
            return;
        }
        var due = _lastPush + options.Value.PushInterval - clock.GetUtcNow();
        _push = this.RegisterGrainTimer(_ => PushAsync(), new GrainTimerCreationOptions(due > TimeSpan.Zero ? due : TimeSpan.Zero, Timeout.InfiniteTimeSpan));
    }

    private async Task PushAsync()
    {
        _push?.Dispose();
        _push = null;
        if (_pending.Count == 0)
        {
            return;
        }
        var update = new WallUpdate([.. _pending.Values]);
        _pending.Clear();
        _lastPush = clock.GetUtcNow();
        try
        {
            await state.WriteStateAsync();
        }
        catch (Exception ex)
        {
            // The wall is a live display: what is held in memory still goes out, and the next push writes again.
            LogWriteFailed(Entries.Count, ex);
        }
        _subscribers.Publish(update);
    }

    private Task ExpireSubscriptionsAsync()
    {
        if (_subscribers.Expire() is > 0 and var dropped)
        {
            LogSubscriptionsExpired(dropped);
        }
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Dropped {Count} silos that stopped renewing their wall subscription")]
    private partial void LogSubscriptionsExpired(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Writing the wall's {Count} entries to grain storage failed")]
    private partial void LogWriteFailed(int count, Exception exception);
}
