namespace ConsultHub.Grains.Placement;

/// <summary>
/// Places a grain on a live silo of the region its first call names, else on the calling silo.
/// The region travels in <see cref="RequestContext"/> under <see cref="RegionKey"/> because the
/// grain's key (the consultation id) does not carry it, and only the call that creates a
/// consultation knows it before the grain exists.
/// </summary>
[Serializable, GenerateSerializer, Immutable, SuppressReferenceTracking]
public sealed class RegionPlacementStrategy : PlacementStrategy
{
    /// <summary>The <see cref="RequestContext"/> key holding the wanted region.</summary>
    public const string RegionKey = "consulthub.region";

    /// <summary>The silo metadata key holding a silo's region (<c>Orleans:Metadata:region</c>).</summary>
    public const string MetadataKey = "region";

    /// <summary>The one instance.</summary>
    public static RegionPlacementStrategy Instance { get; } = new();
}
