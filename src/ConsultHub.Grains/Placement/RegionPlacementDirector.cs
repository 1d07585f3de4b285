using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime.MembershipService.SiloMetadata;
using Orleans.Runtime.Placement;

namespace ConsultHub.Grains.Placement;

/// <summary>
/// Chooses a silo for a <see cref="RegionPlacementStrategy"/> grain: among the compatible silos whose
/// region (silo metadata, compared ignoring case) is the wanted one, the calling silo if it is one
/// of them, else one at random; with no wanted region or no live silo of it, the calling silo
/// (as Orleans' prefer-local placement would), else any compatible silo.
/// </summary>
public sealed class RegionPlacementDirector(IServiceProvider services) : IPlacementDirector
{
    // Absent when the silo runs without UseSiloMetadata (single-silo tests): every silo is then regionless.
    private readonly ISiloMetadataCache? _metadata = services.GetService<ISiloMetadataCache>();

    /// <inheritdoc />
    public Task<SiloAddress> OnAddActivation(PlacementStrategy strategy, PlacementTarget target, IPlacementContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var compatible = context.GetCompatibleSilos(target);
        var wanted = target.RequestContextData?.TryGetValue(RegionPlacementStrategy.RegionKey, out var value) == true ? value as string : null;
        return Task.FromResult(Choose(compatible, context.LocalSilo, wanted, RegionOf));
    }

    /// <summary>The choice itself, apart from Orleans' context so it can be checked alone.</summary>
    public static SiloAddress Choose(IReadOnlyList<SiloAddress> compatible, SiloAddress local, string? wanted, Func<SiloAddress, string?> regionOf)
    {
        ArgumentNullException.ThrowIfNull(compatible);
        ArgumentNullException.ThrowIfNull(regionOf);
        if (compatible.Count == 0)
        {
            throw new OrleansException("No compatible silo is live to place the grain on.");
        }
        if (!string.IsNullOrWhiteSpace(wanted))
        {
            var inRegion = compatible.Where(silo => string.Equals(regionOf(silo), wanted.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
            if (inRegion.Count > 0)
            {
                return inRegion.Contains(local) ? local : inRegion[Random.Shared.Next(inRegion.Count)];
            }
        }
        return compatible.Contains(local) ? local : compatible[Random.Shared.Next(compatible.Count)];
    }

    private string? RegionOf(SiloAddress silo) =>
        _metadata?.GetSiloMetadata(silo).Metadata.TryGetValue(RegionPlacementStrategy.MetadataKey, out var region) == true ? region : null;
}
