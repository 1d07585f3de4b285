using ConsultHub.Domain.Commands;
using ConsultHub.Domain.Model;
using ConsultHub.Grains.Consultations;
using ConsultHub.Grains.Tests.Hosting;

namespace ConsultHub.Grains.Tests.Consultations;

[Collection(ThreeSiloClusters.Name)]
public sealed class OneActivationPerConsultationClusterWideTests(ThreeSiloCluster cluster) : IClassFixture<ThreeSiloCluster>
{
    private const int PeoplePerSilo = 4;
    private const int PointsEach = 5;

    [Fact]
    public async Task ConcurrentCommandsThroughEverySilo_ReachOneActivation_WithVersionsStrictlyIncreasingWithoutGaps()
    {
        var consultation = await cluster.CreateAsync(cluster.InRegion("africa"), "africa");
        await cluster.Silos[2].Consultation(consultation.Id).ExecuteAsync(consultation.ModeratorKey, new StartConsultation()).ShouldBeAcceptedAsync();
        var people = await Task.WhenAll(cluster.Silos.SelectMany(silo => Enumerable.Range(0, PeoplePerSilo).Select(async i =>
            (Silo: silo, Person: await ThreeSiloCluster.JoinAsync(silo, consultation, $"{silo.Region} {i}")))));
        var start = (await cluster.ReadJournalAsync(consultation.Id)).Count;

        var outcomes = await Task.WhenAll(people.Select(p => Task.Run(async () =>
        {
            var mine = new List<CommandOutcome>();
            for (var n = 0; n < PointsEach; n++)
            {
                mine.Add(await p.Silo.Consultation(consultation.Id).ExecuteAsync(p.Person.Token, new PostPoint(PointKind.Observation, $"{p.Person.DisplayName} point {n}")));
            }
            return mine;
        })));

        var versions = outcomes.SelectMany(o => o).Select(o => o.ShouldBeAccepted().Version).Order().ToList();
        Assert.Equal(Enumerable.Range(start + 1, people.Length * PointsEach).Select(v => (long)v), versions);
        Assert.Equal(Enumerable.Range(1, start + versions.Count).Select(v => (long)v), (await cluster.ReadJournalAsync(consultation.Id)).Select(r => r.Version));
        // Each silo finds the activation at the same address, and the silos hold one activation between them.
        var hosts = await Task.WhenAll(cluster.Silos.Select(silo => cluster.HostOfAsync(consultation.Id, via: silo)));
        Assert.All(hosts, host => Assert.Same(cluster.InRegion("africa"), host));
        Assert.Equal([cluster.InRegion("africa").Address], await cluster.ActivationsOfAsync(consultation.Id));
        // The activation saw every command: its state holds every point, each once.
        var record = await cluster.Silos[0].Consultation(consultation.Id).GetRecordAsync(consultation.ModeratorKey);
        Assert.Equal(people.Length * PointsEach, record!.Points.Values.Select(p => p.Text).Distinct().Count());
    }

    [Fact]
    public async Task FirstCallsFromEverySiloAtOnce_ActivateTheConsultationOnce()
    {
        var consultation = await cluster.CreateAsync(cluster.Silos[0], "americas");
        await cluster.Cluster.DeactivateAsync(cluster.Silos[0].Consultation(consultation.Id));
        Assert.Empty(await cluster.ActivationsOfAsync(consultation.Id));

        var views = await Task.WhenAll(Enumerable.Range(0, 30).Select(i => Task.Run(() => cluster.Silos[i % 3].Consultation(consultation.Id).GetPublicViewAsync())));

        Assert.All(views, view => Assert.Equal(1, view!.Version));
        var activations = await cluster.ActivationsOfAsync(consultation.Id);
        Assert.Single(activations);
        var hosts = await Task.WhenAll(cluster.Silos.Select(silo => cluster.HostOfAsync(consultation.Id, via: silo)));
        Assert.All(hosts, host => Assert.Equal(activations[0], host!.Address));
    }
}
