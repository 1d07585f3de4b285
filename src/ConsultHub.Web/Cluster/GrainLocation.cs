namespace ConsultHub.Web.Cluster;

/// <summary>The reply of <c>GET /cluster/consultations/{id}</c>.</summary>
/// <param name="ConsultationId">The consultation asked about.</param>
/// <param name="Silo">The silo holding its grain's activation, or null when none is active.</param>
public sealed record GrainLocation(string ConsultationId, string? Silo);
