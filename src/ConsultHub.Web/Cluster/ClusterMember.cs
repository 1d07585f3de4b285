namespace ConsultHub.Web.Cluster;

/// <summary>One silo as Orleans' membership sees it.</summary>
/// <param name="Silo">Its address, with the generation that tells a restarted silo from its previous life.</param>
/// <param name="Name">Its silo name.</param>
/// <param name="Status">Orleans' <c>SiloStatus</c>: <c>Joining</c>, <c>Active</c>, <c>ShuttingDown</c>, <c>Dead</c>, ...</param>
public sealed record ClusterMember(string Silo, string Name, string Status);
