using ConsultHub.Grains.Directory;
using ConsultHub.Grains.Tests.Hosting;

namespace ConsultHub.Grains.Tests.Directory;

/// <summary>The directory's observer count is the whole cluster's: every silo's observers, reported with its renewals.</summary>
[Collection(ThreeSiloClusters.Name)]
public sealed class DirectoryCountsAcrossSilosTests(ThreeSiloCluster cluster) : IClassFixture<ThreeSiloCluster>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task ObserversOnTwoSilos_AreCountedTogether_AndAStoppedWatchIsCountedOut()
    {
        var (asia, africa, americas) = (cluster.InRegion("asia"), cluster.InRegion("africa"), cluster.InRegion("americas"));
        var consultation = await cluster.CreateAsync(asia, "asia");
        africa.Watcher.Observers[consultation.Id] = 2;
        americas.Watcher.Observers[consultation.Id] = 3;
        await africa.Watcher.WatchAsync(consultation.Id);
        await americas.Watcher.WatchAsync(consultation.Id);

        // Read through the third silo: the count is the directory grain's, not a silo's own.
        await ObserversBecomeAsync(asia, consultation.Id, 5);

        americas.Watcher.Observers[consultation.Id] = 0;
        await ObserversBecomeAsync(asia, consultation.Id, 2);
    }

    private static async Task ObserversBecomeAsync(ClusterSilo via, string consultationId, int expected)
    {
        var deadline = DateTime.UtcNow + Timeout;
        var seen = -1;
        while (DateTime.UtcNow < deadline)
        {
            var listings = await via.Grains.GetGrain<IDirectoryGrain>(IDirectoryGrain.Key).ListAsync();
            seen = listings.Single(l => l.Id == consultationId).Observers;
            if (seen == expected)
            {
                return;
            }
            await Task.Delay(100);
        }
        Assert.Fail($"The directory counted {seen} observers of {consultationId}, not {expected}, after {Timeout}.");
    }
}
