using ConsultHub.Domain.Model;
using ConsultHub.Grains.Consultations;
using ConsultHub.Grains.Storage;
using ConsultHub.Storage;
using Microsoft.Extensions.Logging;

namespace ConsultHub.Grains.Directory;

/// <summary>
/// Holds every consultation's listing in Orleans grain storage. A new consultation or a changed
/// title, schedule, status or visibility is written at once; count changes (people joining,
/// connecting) are written together at most once a second, as a crash loses only counts the next
/// report of that consultation corrects.
/// </summary>
public sealed partial class DirectoryGrain(
    [PersistentState("directory", GrainStorage.Name)] IPersistentState<DirectoryState> state,
    IEventJournal journal,
    ILogger<DirectoryGrain> logger) : Grain, IDirectoryGrain
{
    private static readonly TimeSpan LazyWrite = TimeSpan.FromSeconds(1);

    private IGrainTimer? _write;

    private Dictionary<string, DirectoryListing> Listings => state.State.Listings;

    /// <inheritdoc/>
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (!state.State.Seeded)
        {
            await SeedAsync(cancellationToken);
        }
    }

    /// <inheritdoc/>
    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_write is not null)
        {
            await WriteAsync();
        }
    }

    /// <inheritdoc/>
    public async Task UpdateAsync(DirectoryListing listing)
    {
        ArgumentNullException.ThrowIfNull(listing);
        var known = Listings.TryGetValue(listing.Id, out var held);
        if (known && held!.Version > listing.Version)
        {
            return;
        }
        Listings[listing.Id] = listing;
        if (known && held!.SameHeadline(listing))
        {
            _write ??= this.RegisterGrainTimer(_ => WriteAsync(), new GrainTimerCreationOptions(LazyWrite, Timeout.InfiniteTimeSpan) { KeepAlive = true });
            return;
        }
        await WriteAsync();
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<DirectoryListing>> ListAsync() => Task.FromResult<IReadOnlyList<DirectoryListing>>([.. Listings.Values]);

    /// <inheritdoc/>
    public async Task WakeLiveAsync()
    {
        var live = Listings.Values.Where(l => l.Status == ConsultationStatus.Live).Select(l => l.Id).ToList();
        await Task.WhenAll(live.Select(id => GrainFactory.GetGrain<IConsultationGrain>(id).GetPublicViewAsync()));
        LogWoken(live.Count);
    }

    /// <summary>A hub whose journal predates the directory lists its consultations once, from the journal.</summary>
    private async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var id in await journal.ListStreamsAsync(cancellationToken))
        {
            if (!Listings.ContainsKey(id) && await GrainFactory.GetGrain<IConsultationGrain>(id).GetPublicViewAsync() is { } view)
            {
                Listings[id] = new DirectoryListing(view.Id, view.Settings.Title, view.Settings.Region, view.Settings.TimeZone, view.Settings.StartsAt,
                    view.Status, view.Settings.Visibility, view.Participants.Count, view.Participants.Count(p => p.Connected), view.Version);
            }
        }
        state.State.Seeded = true;
        await state.WriteStateAsync(cancellationToken);
    }

    private async Task WriteAsync()
    {
        _write?.Dispose();
        _write = null;
        try
        {
            await state.WriteStateAsync();
        }
        catch (Exception ex)
        {
            // What is held stays served; the next change writes everything again.
            LogWriteFailed(Listings.Count, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Writing the directory's {Count} listings to grain storage failed")]
    private partial void LogWriteFailed(int count, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Woke {Count} live consultations so their deadlines run again")]
    private partial void LogWoken(int count);
}
