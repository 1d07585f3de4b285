namespace ConsultHub.Grains.Wall;

/// <summary>The consultation grains' way to the wall. A host without the wall registers none, and
/// consultation grains then report nothing.</summary>
public interface IWallFeed
{
    /// <summary>The least time between two reports of one consultation.</summary>
    TimeSpan ReportInterval { get; }

    /// <summary>Sends one consultation's headline to the wall.</summary>
    Task ReportAsync(WallEntry entry);
}
