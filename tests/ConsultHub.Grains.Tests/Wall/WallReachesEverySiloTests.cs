using ConsultHub.Domain.Commands;
using ConsultHub.Domain.Model;
using ConsultHub.Grains.Tests.Consultations;
using ConsultHub.Grains.Tests.Hosting;
using ConsultHub.Grains.Wall;

namespace ConsultHub.Grains.Tests.Wall;

/// <summary>The wall pushes each update once to every subscribed silo, wherever the wall grain and the consultations live.</summary>
[Collection(ThreeSiloClusters.Name)]
public sealed class WallReachesEverySiloTests(ThreeSiloCluster cluster) : IClassFixture<ThreeSiloCluster>
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task AChangeMadeThroughOneSilo_ReachesTheWallWatchersOfEverySilo()
    {
        var watchers = new List<RecordingWallNotifier>();
        // The other test of this class stops a silo; whichever ran first, every live silo watches here.
        var live = cluster.Silos.Where(s => s.Handle.IsActive).ToList();
        foreach (var silo in live)
        {
            var watcher = new RecordingWallNotifier();
            await watcher.SubscribeAsync(silo.Grains, "wall-" + silo.Region);
            watchers.Add(watcher);
        }
        var asia = live[0];
        var consultation = await cluster.CreateAsync(asia, asia.Region);
        await asia.Consultation(consultation.Id).ExecuteAsync(consultation.ModeratorKey, new StartConsultation()).ShouldBeAcceptedAsync();
        var person = await ThreeSiloCluster.JoinAsync(asia, consultation, "Hand on asia");

        await asia.Consultation(consultation.Id).ExecuteAsync(person.Token, new RaiseHand(HandIntent.Speak)).ShouldBeAcceptedAsync();

        foreach (var watcher in watchers)
        {
            await watcher.WhenAsync(_ => watcher.Latest().GetValueOrDefault(consultation.Id)?.HandsRaised == 1, Wait);
        }
        await asia.Consultation(consultation.Id).ExecuteAsync(consultation.ModeratorKey, new CloseConsultation()).ShouldBeAcceptedAsync();
        foreach (var watcher in watchers)
        {
            await watcher.WhenAsync(_ => watcher.Latest().GetValueOrDefault(consultation.Id)?.Status == ConsultationStatus.Closed, Wait);
        }
    }

    [Fact]
    public async Task ASiloThatStopped_NeverStallsTheWall_AndTheOthersKeepGettingUpdates()
    {
        await cluster.Silos[0].Grains.GetGrain<IWallGrain>(IWallGrain.Key).GetSnapshotAsync();
        // The test is about a dead subscriber, not a moved wall: the silo that stops is not the wall's.
        var wallHost = await WallHostAsync();
        var others = cluster.Silos.Where(s => s != wallHost).ToList();
        var (stays, stops) = (wallHost ?? others[0], others[^1]);
        var survivor = new RecordingWallNotifier();
        await survivor.SubscribeAsync(stays.Grains, "wall-survivor");
        var gone = new RecordingWallNotifier();
        await gone.SubscribeAsync(stops.Grains, "wall-gone");
        await cluster.StopAsync(stops);

        var consultation = await cluster.CreateAsync(stays, stays.Region);
        await stays.Consultation(consultation.Id).ExecuteAsync(consultation.ModeratorKey, new StartConsultation()).ShouldBeAcceptedAsync();
        var person = await ThreeSiloCluster.JoinAsync(stays, consultation, "Still here");
        await stays.Consultation(consultation.Id).ExecuteAsync(person.Token, new RaiseHand(HandIntent.Speak)).ShouldBeAcceptedAsync();

        await survivor.WhenAsync(_ => survivor.Latest().GetValueOrDefault(consultation.Id)?.HandsRaised == 1, Wait);
        Assert.DoesNotContain(consultation.Id, gone.Latest().Keys);
    }

    private async Task<ClusterSilo?> WallHostAsync()
    {
        var via = cluster.Silos.First(s => s.Handle.IsActive);
        var address = await via.Grains.GetGrain<IManagementGrain>(0).GetActivationAddress(via.Grains.GetGrain<IWallGrain>(IWallGrain.Key));
        return cluster.Silos.SingleOrDefault(s => s.Address.Equals(address));
    }
}
