namespace ConsultHub.Grains.Wall;

/// <summary>What the wall grain persists: the latest headline of every live public consultation.</summary>
[GenerateSerializer, Alias("ConsultHub.WallState")]
public sealed class WallState
{
    /// <summary>The headlines by consultation id.</summary>
    [Id(0)]
    public Dictionary<string, WallEntry> Entries { get; set; } = new(StringComparer.Ordinal);
}
