using ConsultHub.Domain.Commands;
using ConsultHub.Domain.Model;
using ConsultHub.Grains.Tests.Hosting;

namespace ConsultHub.Grains.Tests.Consultations;

[Collection(ThreeSiloClusters.Name)]
public sealed class EachEventReachesEverySiloOnceInOrderTests(ThreeSiloCluster cluster) : IClassFixture<ThreeSiloCluster>
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task CommandsSentThroughDifferentSilos_ReachTheWatcherOnEachSilo_EveryVersionOnceInOrder()
    {
        var consultation = await cluster.CreateAsync(cluster.InRegion("asia"), "asia");
        foreach (var silo in cluster.Silos)
        {
            await silo.Watcher.WatchAsync(consultation.Id);
        }
        await cluster.Silos[1].Consultation(consultation.Id).ExecuteAsync(consultation.ModeratorKey, new StartConsultation()).ShouldBeAcceptedAsync();
        var people = await Task.WhenAll(cluster.Silos.Select(async silo => (Silo: silo, Person: await ThreeSiloCluster.JoinAsync(silo, consultation, $"Person on {silo.Region}"))));

        await Task.WhenAll(people.Select(p => Task.Run(async () =>
        {
            for (var n = 0; n < 15; n++)
            {
                ConsultationCommand command = (n % 3) switch
                {
                    0 => new RaiseHand(HandIntent.Speak),
                    1 => new PostPoint(PointKind.Recommendation, $"{p.Person.DisplayName}: point {n}"),
                    _ => new LowerHand(),
                };
                await p.Silo.Consultation(consultation.Id).ExecuteAsync(p.Person.Token, command).ShouldBeAcceptedAsync();
            }
        })));

        var last = (await cluster.ReadJournalAsync(consultation.Id))[^1].Version;
        var expected = Enumerable.Range(2, (int)last - 1).Select(v => (long)v).ToList();
        foreach (var silo in cluster.Silos)
        {
            await silo.Watcher.WaitForAsync(consultation.Id, last, Wait);
            Assert.Equal(expected, silo.Watcher.Versions(consultation.Id));
        }
    }

    [Fact]
    public async Task ASiloThatMissedPushes_GetsTheMissedVersionsOnRenewal_StillOnceInOrder()
    {
        var consultation = await cluster.CreateAsync(cluster.InRegion("americas"), "americas");
        var watching = cluster.Silos.Where(s => s.Region != "americas").ToList();
        foreach (var silo in watching)
        {
            await silo.Watcher.WatchAsync(consultation.Id);
        }
        var grain = cluster.InRegion("asia").Consultation(consultation.Id);
        await grain.ExecuteAsync(consultation.ModeratorKey, new StartConsultation()).ShouldBeAcceptedAsync();
        await cluster.Cluster.DeactivateAsync(grain);
        // The new activation knows no silo until they renew; the versions written meanwhile reach them on renewal.
        var person = await ThreeSiloCluster.JoinAsync(cluster.InRegion("africa"), consultation, "Late joiner");
        await cluster.InRegion("africa").Consultation(consultation.Id).ExecuteAsync(person.Token, new PostPoint(PointKind.Question, "Who reads this?")).ShouldBeAcceptedAsync();

        var last = (await cluster.ReadJournalAsync(consultation.Id))[^1].Version;
        foreach (var silo in watching)
        {
            await silo.Watcher.WaitForAsync(consultation.Id, last, Wait);
            Assert.Equal(Enumerable.Range(2, (int)last - 1).Select(v => (long)v), silo.Watcher.Versions(consultation.Id));
        }
    }
}
