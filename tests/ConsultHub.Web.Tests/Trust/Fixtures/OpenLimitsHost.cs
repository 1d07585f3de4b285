namespace ConsultHub.Web.Tests.Trust.Fixtures;

/// <summary>
/// A host whose per-connection call budget is as high as configuration allows, so the fuzz run and
/// the matrix measure what the hub answers rather than how fast it lets a connection call; and whose
/// snapshots come every few events, so stored-secret checks see snapshots as well as events.
/// </summary>
public sealed class OpenLimitsHost : TrustHost
{
    /// <summary>Events between snapshots on this host.</summary>
    public const int SnapshotEvery = 5;

    /// <inheritdoc/>
    protected override IEnumerable<string> Settings =>
    [
        "--Hub:Limits:InvocationsPerSecond=10000",
        "--Hub:Limits:InvocationBurst=10000",
        $"--Hub:SnapshotEvery={SnapshotEvery}",
    ];
}
