using ConsultHub.Domain.Commands;
using ConsultHub.Grains.Consultations;
using ConsultHub.Grains.Tests.Consultations;
using ConsultHub.Grains.Tests.Hosting;

namespace ConsultHub.Grains.Tests.Presence;

/// <summary>
/// A live consultation on the asia silo with one participant connected there and one connected on
/// americas, both silos watching: the room the presence tests take a silo away from.
/// </summary>
public sealed record TwoSiloRoom(ThreeSiloCluster Cluster, ClusterConsultation Consultation, TestParticipant Stays, TestParticipant Goes)
{
    public ClusterSilo Asia => Cluster.InRegion("asia");

    public ClusterSilo Americas => Cluster.InRegion("americas");

    public static async Task<TwoSiloRoom> OpenAsync(ThreeSiloCluster cluster)
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
        return new TwoSiloRoom(cluster, consultation, stays, goes);
    }

    /// <summary>
    /// Sends what the silo's hub sends on a participant's first connection or last disconnection
    /// there. A notice that changes nothing cluster-wide (a second silo's first connection) is
    /// answered <c>conflict</c>, which the hub ignores as these tests do; the state is what counts.
    /// </summary>
    public static Task<CommandOutcome> NoticeAsync(ClusterSilo silo, ClusterConsultation consultation, TestParticipant person, bool connected)
    {
        var notice = connected ? silo.Watcher.Presence.Connect(consultation.Id, person.Id) : silo.Watcher.Presence.Disconnect(consultation.Id, person.Id);
        return silo.Consultation(consultation.Id).NoticePresenceAsync(person.Token, notice);
    }

    /// <summary>Whether the consultation, asked through a live silo, counts the participant connected.</summary>
    public static async Task<bool> IsConnectedAsync(ThreeSiloCluster cluster, ClusterConsultation consultation, TestParticipant person)
    {
        var silo = cluster.Silos.First(s => s.Handle.IsActive);
        var record = await silo.Consultation(consultation.Id).GetRecordAsync(consultation.ModeratorKey);
        return record!.Participants[person.Id].Connected;
    }

    public Task<bool> IsConnectedAsync(TestParticipant person) => IsConnectedAsync(Cluster, Consultation, person);
}
