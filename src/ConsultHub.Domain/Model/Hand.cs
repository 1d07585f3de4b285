namespace ConsultHub.Domain.Model;

/// <summary>A raised hand in the speaking queue.</summary>
/// <param name="ParticipantId">Whose hand it is.</param>
/// <param name="Intent">The lane the hand queues in.</param>
/// <param name="RaisedAt">When it was raised; waiting time runs from here.</param>
/// <param name="Sequence">Monotonic raise number; breaks ties between equal raise times.</param>
public sealed record Hand(string ParticipantId, HandIntent Intent, DateTimeOffset RaisedAt, long Sequence);
