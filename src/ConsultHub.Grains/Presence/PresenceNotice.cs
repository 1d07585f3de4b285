namespace ConsultHub.Grains.Presence;

/// <summary>A silo's report that a participant's first connection opened (or last one closed) there.</summary>
/// <param name="Silo">The reporting silo's instance key (new at every start, so its sequence may restart).</param>
/// <param name="Sequence">The silo's presence sequence at the change; later changes have larger numbers.</param>
/// <param name="ParticipantId">The participant.</param>
/// <param name="Connected">True when the participant now has a connection on that silo.</param>
[GenerateSerializer, Immutable, Alias("ConsultHub.PresenceNotice")]
public sealed record PresenceNotice(string Silo, long Sequence, string ParticipantId, bool Connected);
