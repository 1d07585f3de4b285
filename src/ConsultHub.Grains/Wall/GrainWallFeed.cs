using Microsoft.Extensions.Options;

namespace ConsultHub.Grains.Wall;

/// <summary>Reports to the hub's one <see cref="IWallGrain"/>.</summary>
public sealed class GrainWallFeed(IGrainFactory grains, IOptions<WallOptions> options) : IWallFeed
{
    /// <inheritdoc/>
    public TimeSpan ReportInterval => options.Value.ReportInterval;

    /// <inheritdoc/>
    public Task ReportAsync(WallEntry entry) => grains.GetGrain<IWallGrain>(IWallGrain.Key).ReportAsync(entry);
}
