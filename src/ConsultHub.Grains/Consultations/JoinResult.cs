namespace ConsultHub.Grains.Consultations;

/// <summary>A participant's id and token (shown once), or the refusal.</summary>
[GenerateSerializer, Immutable, Alias("ConsultHub.JoinResult")]
public sealed record JoinResult(CommandOutcome Outcome, string? ParticipantId, string? Token);
