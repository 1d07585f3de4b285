namespace ConsultHub.Grains.Presence;

/// <summary>Every participant of one consultation a silo holds live connections for, as of a sequence.</summary>
/// <param name="Silo">The reporting silo's instance key.</param>
/// <param name="Sequence">The silo's presence sequence when the list was read.</param>
/// <param name="Live">Participants with at least one open connection on that silo.</param>
/// <param name="Host">
/// The reporting silo's Orleans address (<see cref="SiloAddress.ToParsableString"/>), so a grain can
/// end that silo's connections as soon as the cluster declares it dead rather than when its
/// subscription expires; null when the reporter is not a silo of the cluster.
/// </param>
/// <param name="Observers">Connections watching the consultation as observers on that silo (for the directory's live count).</param>
[GenerateSerializer, Immutable, Alias("ConsultHub.PresenceReport")]
public sealed record PresenceReport(string Silo, long Sequence, IReadOnlyList<string> Live, string? Host = null, int Observers = 0);
