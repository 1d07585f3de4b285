namespace ConsultHub.Grains.Consultations;

/// <summary>The secrets of a new consultation, returned once; only their hashes are kept.</summary>
[GenerateSerializer, Immutable, Alias("ConsultHub.CreateResult")]
public sealed record CreateResult(CommandOutcome Outcome, string? JoinCode, string? ModeratorKey, string? ObserverKey);
