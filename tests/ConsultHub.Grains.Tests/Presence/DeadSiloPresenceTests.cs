using ConsultHub.Grains.Tests.Hosting;

namespace ConsultHub.Grains.Tests.Presence;

/// <summary>A killed silo's connections go offline once the cluster declares it dead, long before its subscriptions would expire.</summary>
[Collection(ThreeSiloClusters.Name)]
public sealed class DeadSiloPresenceTests(LongExpiryCluster cluster) : IClassFixture<LongExpiryCluster>
{
    /// <summary>The hub's promise for a dead silo's consultations, which its connections now share.</summary>
    private static readonly TimeSpan Failover = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task AKilledSilosConnections_GoOffline_WithinTheFailoverTime()
    {
        var room = await TwoSiloRoom.OpenAsync(cluster);
        Assert.True(await room.IsConnectedAsync(room.Goes));

        var killed = DateTime.UtcNow;
        await cluster.KillAsync(room.Americas);

        while (await room.IsConnectedAsync(room.Goes))
        {
            Assert.True(DateTime.UtcNow - killed < Failover, $"Still connected {DateTime.UtcNow - killed} after the silo was killed.");
            await Task.Delay(100);
        }
        Assert.True(await room.IsConnectedAsync(room.Stays));
    }
}
