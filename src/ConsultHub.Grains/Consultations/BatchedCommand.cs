using ConsultHub.Domain.Commands;

namespace ConsultHub.Grains.Consultations;

/// <summary>One caller's command in a batch sent to a consultation grain.</summary>
[GenerateSerializer, Immutable, Alias("ConsultHub.BatchedCommand")]
public sealed record BatchedCommand(string? Credential, ConsultationCommand Command);
