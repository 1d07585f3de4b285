namespace ConsultHub.Web.Cluster;

/// <summary>The reply of <c>GET /cluster</c>.</summary>
/// <param name="Silo">The answering silo's address (Orleans' parsable form: <c>S127.0.0.1:11111:&lt;generation&gt;</c>).</param>
/// <param name="Members">Every silo of the membership table, live or dead.</param>
public sealed record ClusterMembers(string Silo, IReadOnlyList<ClusterMember> Members);
