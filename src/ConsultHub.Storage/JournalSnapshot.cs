namespace ConsultHub.Storage;

/// <summary>A folded state of a stream up to and including <paramref name="Version"/>.</summary>
/// <param name="Version">The last event version folded into <paramref name="Data"/>.</param>
/// <param name="Data">The serialized state (JSON).</param>
public sealed record JournalSnapshot(long Version, string Data);
