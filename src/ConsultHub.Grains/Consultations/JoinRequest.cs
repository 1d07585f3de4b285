using ConsultHub.Domain.Model;

namespace ConsultHub.Grains.Consultations;

/// <summary>What a person gives to join.</summary>
[GenerateSerializer, Immutable, Alias("ConsultHub.JoinRequest")]
public sealed record JoinRequest(string? JoinCode, string? DisplayName, string? Affiliation, StakeholderGroup StakeholderGroup, string? Country);
