using ConsultHub.Domain.Commands;
using ConsultHub.Domain.Model;
using ConsultHub.Grains.Tests.Consultations;
using ConsultHub.Grains.Tests.Hosting;
using ConsultHub.Grains.Wall;

namespace ConsultHub.Grains.Tests.Wall;

/// <summary>The wall pushes each update once to every subscribed silo, wherever the wall grain and the consultations live.</summary>
public sealed class WallReachesEverySiloTests(ThreeSiloCluster cluster) : IClassFixture<ThreeSiloCluster>
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task AChangeMadeThroughOneSilo_ReachesTheWallWatchersOfEverySilo()
    {
        var watchers = new List<RecordingWallNotifier>();
        foreach (var silo in cluster.Silos)
        {
            var watcher = new RecordingWallNotifier();
            await watcher.SubscribeAsync(silo.Grains, "wall-" + silo.Region);
            watchers.Add(watcher);
        }
        var asia = cluster.InRegion("asia");
        var consultation = await cluster.CreateAsync(asia, "asia");
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
        var (africa, americas) = (cluster.InRegion("africa"), cluster.InRegion("americas"));
        var wall = africa.Grains.GetGrain<IWallGrain>(IWallGrain.Key);
        await wall.GetSnapshotAsync();
        if (await WallHostAsync() == americas)
        {
            // The test is about a dead subscriber, not a moved wall: keep the wall off the silo that stops.
            await cluster.Cluster.MigrateAsync(wall, africa.Address);
        }
        var survivor = new RecordingWallNotifier();
        await survivor.SubscribeAsync(africa.Grains, "wall-survivor");
        var gone = new RecordingWallNotifier();
        await gone.SubscribeAsync(americas.Grains, "wall-gone");
        await cluster.StopAsync(americas);

        var consultation = await cluster.CreateAsync(africa, "africa");
        await africa.Consultation(consultation.Id).ExecuteAsync(consultation.ModeratorKey, new StartConsultation()).ShouldBeAcceptedAsync();
        var person = await ThreeSiloCluster.JoinAsync(africa, consultation, "Still here");
        await africa.Consultation(consultation.Id).ExecuteAsync(person.Token, new RaiseHand(HandIntent.Speak)).ShouldBeAcceptedAsync();

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
