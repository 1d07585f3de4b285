using Orleans.Placement;

namespace ConsultHub.Grains.Placement;

/// <summary>Marks a grain class for <see cref="RegionPlacementStrategy"/>.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class RegionPlacementAttribute() : PlacementAttribute(RegionPlacementStrategy.Instance);
