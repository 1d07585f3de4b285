namespace ConsultHub.Grains.Directory;

/// <summary>What the directory grain persists.</summary>
[GenerateSerializer, Alias("ConsultHub.DirectoryState")]
public sealed class DirectoryState
{
    /// <summary>The listings by consultation id.</summary>
    [Id(0)]
    public Dictionary<string, DirectoryListing> Listings { get; set; } = new(StringComparer.Ordinal);

    /// <summary>True once the directory was filled from the journal (hubs that ran before it existed).</summary>
    [Id(1)]
    public bool Seeded { get; set; }
}
