using ConsultHub.Grains.Tests.Hosting;

namespace ConsultHub.Grains.Tests.Placement;

/// <summary>Placement by region on three silos tagged asia, africa and americas through Orleans silo metadata.</summary>
[Collection(ThreeSiloClusters.Name)]
public sealed class ConsultationsLiveInTheirRegionTests(ThreeSiloCluster cluster) : IClassFixture<ThreeSiloCluster>
{
    [Fact]
    public async Task ConsultationsCreatedThroughAnySilo_LiveOnTheSiloOfTheirRegion()
    {
        foreach (var via in cluster.Silos)
        {
            foreach (var region in ThreeSiloCluster.Regions)
            {
                var consultation = await cluster.CreateAsync(via, region.ToUpperInvariant());

                Assert.Equal(cluster.InRegion(region), await cluster.HostOfAsync(consultation.Id));
            }
        }
    }

    [Fact]
    public async Task ARegionWithNoLiveSilo_IsPlacedOnALiveSilo_AndServes()
    {
        var created = new List<ClusterConsultation>();
        foreach (var via in cluster.Silos)
        {
            created.Add(await cluster.CreateAsync(via, "Europe"));
        }

        foreach (var (consultation, via) in created.Zip(cluster.Silos))
        {
            // No silo of the region: the calling silo keeps it, as Orleans' prefer-local placement would.
            Assert.Equal(via, await cluster.HostOfAsync(consultation.Id));
            Assert.Equal(1, (await cluster.Silos[0].Consultation(consultation.Id).GetPublicViewAsync())!.Version);
        }
    }
}
