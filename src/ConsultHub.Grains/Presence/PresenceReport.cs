namespace ConsultHub.Grains.Presence;

/// <summary>Every participant of one consultation a silo holds live connections for, as of a sequence.</summary>
/// <param name="Silo">The reporting silo's instance key.</param>
/// <param name="Sequence">The silo's presence sequence when the list was read.</param>
/// <param name="Live">Participants with at least one open connection on that silo.</param>
[GenerateSerializer, Immutable, Alias("ConsultHub.PresenceReport")]
public sealed record PresenceReport(string Silo, long Sequence, IReadOnlyList<string> Live);
