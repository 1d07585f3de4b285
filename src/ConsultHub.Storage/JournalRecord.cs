namespace ConsultHub.Storage;

/// <summary>
/// One durable event of a stream, as the journal stores it: the journal is agnostic of the
/// domain and keeps the event type and its JSON payload as strings.
/// </summary>
/// <param name="Version">1-based position of the event in its stream; versions have no gaps.</param>
/// <param name="Type">Stable event type name, for example <c>hand-raised</c>.</param>
/// <param name="Data">The event's JSON payload.</param>
/// <param name="At">When the event was decided (UTC).</param>
public sealed record JournalRecord(long Version, string Type, string Data, DateTimeOffset At);
