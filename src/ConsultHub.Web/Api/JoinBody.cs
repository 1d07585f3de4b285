using ConsultHub.Domain.Model;

namespace ConsultHub.Web.Api;

/// <summary>The body of <c>POST /api/consultations/{id}/participants</c>.</summary>
public sealed record JoinBody(string? JoinCode, string? DisplayName, string? Affiliation, StakeholderGroup? StakeholderGroup, string? Country);
