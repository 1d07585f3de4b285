namespace ConsultHub.Grains.Wall;

/// <summary>
/// The delegates' wall: every live public consultation's headline tallies in one place. Consultation
/// grains push their headlines here (throttled, see <see cref="WallReporter"/>), so the wall never
/// polls them; the wall pushes what changed to watchers through an <see cref="IWallNotifier"/>.
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

    /// <summary>Every consultation on the wall now, ordered by region, title and id.</summary>
    [Alias("GetSnapshot")]
    Task<WallSnapshot> GetSnapshotAsync();
}
