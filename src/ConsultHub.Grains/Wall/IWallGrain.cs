namespace ConsultHub.Grains.Wall;

/// <summary>
/// The delegates' wall: every live public consultation's headline tallies in one place. Consultation
/// grains push their headlines here (throttled, see <see cref="WallReporter"/>), so the wall never
/// polls them; the wall pushes what changed once to every subscribed silo (<see cref="IWallObserver"/>),
/// and each silo sends it to its own wall watchers, so browsers on any silo see the same wall.
/// </summary>
[Alias("ConsultHub.IWallGrain")]
public interface IWallGrain : IGrainWithStringKey
{
    /// <summary>The key of the one wall of the hub.</summary>
    const string Key = "global";

    /// <summary>Takes a consultation's latest headline; a <c>closed</c> status takes it off the wall.
    /// A headline older than the one held (by version) is ignored.</summary>
    [Alias("Report")]
    Task ReportAsync(WallEntry entry);

    /// <summary>
    /// Subscribes a silo's observer to the wall's updates, or renews its subscription; a silo renews
    /// well within <see cref="WallOptions.SubscriptionExpiry"/> or is dropped.
    /// </summary>
    [Alias("Subscribe")]
    Task SubscribeAsync(string silo, IWallObserver observer);

    /// <summary>Stops pushing to a silo's observer.</summary>
    [Alias("Unsubscribe")]
    Task UnsubscribeAsync(IWallObserver observer);

    /// <summary>Every consultation on the wall now, ordered by region, title and id.</summary>
    [Alias("GetSnapshot")]
    Task<WallSnapshot> GetSnapshotAsync();
}
