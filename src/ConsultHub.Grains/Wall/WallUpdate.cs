namespace ConsultHub.Grains.Wall;

/// <summary>What changed on the wall since the last push: each entry replaces the one with its id;
/// an entry with status <c>closed</c> removes it.</summary>
/// <param name="Consultations">The changed entries, ordered by id.</param>
[GenerateSerializer, Immutable, Alias("ConsultHub.WallUpdate")]
public sealed record WallUpdate(IReadOnlyList<WallEntry> Consultations);
