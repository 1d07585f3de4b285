using ConsultHub.Domain.Commands;
using ConsultHub.Grains.Consultations;
using ConsultHub.Grains.Tests.Consultations;
using ConsultHub.Grains.Tests.Hosting;

namespace ConsultHub.Grains.Tests.Presence;

/// <summary>Presence counts connections on every silo: first arrival and last departure per silo, each silo's word kept apart.</summary>
[Collection(ThreeSiloClusters.Name)]
public sealed class PresenceAcrossSilosTests(ThreeSiloCluster cluster) : IClassFixture<ThreeSiloCluster>
{
    [Fact]
    public async Task AParticipantConnectedOnTwoSilos_StaysPresent_UntilTheLastConnectionCloses()
    {
        var (asia, africa) = (cluster.InRegion("asia"), cluster.InRegion("africa"));
        var consultation = await cluster.CreateAsync(asia, "asia");
        await asia.Consultation(consultation.Id).ExecuteAsync(consultation.ModeratorKey, new StartConsultation()).ShouldBeAcceptedAsync();
        var person = await ThreeSiloCluster.JoinAsync(africa, consultation, "Tabs on two silos");
        await asia.Watcher.WatchAsync(consultation.Id);
        await africa.Watcher.WatchAsync(consultation.Id);

        await NoticeAsync(asia, consultation, person, connected: true).ShouldBeAcceptedAsync();
        await NoticeAsync(africa, consultation, person, connected: true);
        Assert.True(await IsConnectedAsync(consultation, person));

        await NoticeAsync(asia, consultation, person, connected: false);
        Assert.True(await IsConnectedAsync(consultation, person));
        // Renewals carry each silo's whole list: africa's still names them, asia's no longer does.
        await Task.Delay(ThreeSiloCluster.Renewal * 3);
        Assert.True(await IsConnectedAsync(consultation, person));

        await NoticeAsync(africa, consultation, person, connected: false);
        Assert.False(await IsConnectedAsync(consultation, person));
    }

    [Fact]
    public async Task AStoppedSilosConnections_GoOffline_WithinTwiceTheSubscriptionExpiry()
    {
        var room = await TwoSiloRoom.OpenAsync(cluster);
        var (consultation, stays, goes, americas) = (room.Consultation, room.Stays, room.Goes, room.Americas);

        var stopped = DateTime.UtcNow;
        await cluster.StopAsync(americas);

        // The grain checks expiry once per expiry period, so a silo gone just after a check is seen within two.
        var bound = (ThreeSiloCluster.SubscriptionExpiry * 2) + TimeSpan.FromSeconds(3);
        while (await IsConnectedAsync(consultation, goes))
        {
            Assert.True(DateTime.UtcNow - stopped < bound, $"Still connected {DateTime.UtcNow - stopped} after the silo stopped.");
            await Task.Delay(100);
        }
        Assert.True(await IsConnectedAsync(consultation, stays));
    }

    private static Task<CommandOutcome> NoticeAsync(ClusterSilo silo, ClusterConsultation consultation, TestParticipant person, bool connected) =>
        TwoSiloRoom.NoticeAsync(silo, consultation, person, connected);

    private Task<bool> IsConnectedAsync(ClusterConsultation consultation, TestParticipant person) => TwoSiloRoom.IsConnectedAsync(cluster, consultation, person);
}
