using ConsultHub.Domain.Commands;
using ConsultHub.Grains.Tests.Consultations;
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
        var (asia, americas) = (cluster.InRegion("asia"), cluster.InRegion("americas"));
        var consultation = await cluster.CreateAsync(asia, "asia");
        await asia.Consultation(consultation.Id).ExecuteAsync(consultation.ModeratorKey, new StartConsultation()).ShouldBeAcceptedAsync();
        var stays = await ThreeSiloCluster.JoinAsync(asia, consultation, "Connected on asia");
        var goes = await ThreeSiloCluster.JoinAsync(americas, consultation, "Connected on americas");
        await asia.Watcher.WatchAsync(consultation.Id);
        await americas.Watcher.WatchAsync(consultation.Id);
        await NoticeAsync(asia, consultation, stays);
        await NoticeAsync(americas, consultation, goes);
        Assert.True(await IsConnectedAsync(consultation, goes));
        Assert.Equal(asia, await cluster.HostOfAsync(consultation.Id));

        var killed = DateTime.UtcNow;
        await cluster.KillAsync(americas);

        while (await IsConnectedAsync(consultation, goes))
        {
            Assert.True(DateTime.UtcNow - killed < Failover, $"Still connected {DateTime.UtcNow - killed} after the silo was killed.");
            await Task.Delay(100);
        }
        Assert.True(await IsConnectedAsync(consultation, stays));
    }

    private static Task NoticeAsync(ClusterSilo silo, ClusterConsultation consultation, TestParticipant person) =>
        silo.Consultation(consultation.Id).NoticePresenceAsync(person.Token, silo.Watcher.Presence.Connect(consultation.Id, person.Id));

    private async Task<bool> IsConnectedAsync(ClusterConsultation consultation, TestParticipant person)
    {
        var silo = cluster.Silos.First(s => s.Handle.IsActive);
        var record = await silo.Consultation(consultation.Id).GetRecordAsync(consultation.ModeratorKey);
        return record!.Participants[person.Id].Connected;
    }
}
