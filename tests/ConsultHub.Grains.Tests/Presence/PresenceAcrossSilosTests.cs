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
        var (asia, americas) = (cluster.InRegion("asia"), cluster.InRegion("americas"));
        var consultation = await cluster.CreateAsync(asia, "asia");
        await asia.Consultation(consultation.Id).ExecuteAsync(consultation.ModeratorKey, new StartConsultation()).ShouldBeAcceptedAsync();
        var stays = await ThreeSiloCluster.JoinAsync(asia, consultation, "Connected on asia");
        var goes = await ThreeSiloCluster.JoinAsync(americas, consultation, "Connected on americas");
        await asia.Watcher.WatchAsync(consultation.Id);
        await americas.Watcher.WatchAsync(consultation.Id);
        await NoticeAsync(asia, consultation, stays, connected: true);
        await NoticeAsync(americas, consultation, goes, connected: true);
        Assert.Equal(asia, await cluster.HostOfAsync(consultation.Id));

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

    /// <summary>
    /// Sends what the silo's hub sends on a participant's first connection or last disconnection
    /// there. A notice that changes nothing cluster-wide (a second silo's first connection) is
    /// answered <c>conflict</c>, which the hub ignores as these tests do; the state is what counts.
    /// </summary>
    private static Task<CommandOutcome> NoticeAsync(ClusterSilo silo, ClusterConsultation consultation, TestParticipant person, bool connected)
    {
        var notice = connected ? silo.Watcher.Presence.Connect(consultation.Id, person.Id) : silo.Watcher.Presence.Disconnect(consultation.Id, person.Id);
        return silo.Consultation(consultation.Id).NoticePresenceAsync(person.Token, notice);
    }

    private async Task<bool> IsConnectedAsync(ClusterConsultation consultation, TestParticipant person)
    {
        var silo = cluster.Silos.First(s => s.Handle.IsActive);
        var record = await silo.Consultation(consultation.Id).GetRecordAsync(consultation.ModeratorKey);
        return record!.Participants[person.Id].Connected;
    }
}
