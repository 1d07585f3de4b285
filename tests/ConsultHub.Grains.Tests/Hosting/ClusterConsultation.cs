namespace ConsultHub.Grains.Tests.Hosting;

/// <summary>A consultation created on a <see cref="ThreeSiloCluster"/>, with the secrets creation returned.</summary>
public sealed record ClusterConsultation(string Id, string JoinCode, string ModeratorKey);
