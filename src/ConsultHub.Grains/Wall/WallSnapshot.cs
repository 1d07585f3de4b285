namespace ConsultHub.Grains.Wall;

/// <summary>The whole wall, as <c>WatchWall</c> returns it.</summary>
/// <param name="Consultations">Every live public consultation, ordered by region, title and id.</param>
[GenerateSerializer, Immutable, Alias("ConsultHub.WallSnapshot")]
public sealed record WallSnapshot(IReadOnlyList<WallEntry> Consultations);
