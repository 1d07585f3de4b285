using ConsultHub.Domain.Commands;
using ConsultHub.Domain.Model;
using ConsultHub.Grains.Consultations;

namespace ConsultHub.Grains.Tests.Consultations;

public sealed class ConsultationGrainConcurrencyTests
{
    private const int People = 24;

    [Fact]
    public async Task SameConsultation_ConcurrentCommands_ApplyOneAtATime()
    {
        await using var host = await ConsultationHost.StartAsync(options => options.SnapshotEvery = 7);
        var consultation = await host.CreateAsync();
        await consultation.ModerateAsync(new StartConsultation());
        var joined = await Task.WhenAll(Enumerable.Range(0, People).Select(i => Task.Run(() => consultation.JoinAsync($"Person {i}"))));
        var start = (await consultation.ModeratorViewAsync()).Version;

        var outcomes = await Task.WhenAll(joined.Select(person => Task.Run(async () =>
        {
            var mine = new List<CommandOutcome>
            {
                await consultation.ExecuteAsync(person, new RaiseHand(HandIntent.Speak)),
            };
            for (var n = 0; n < 3; n++)
            {
                mine.Add(await consultation.ExecuteAsync(person, new PostPoint(PointKind.Observation, $"{person.DisplayName} point {n}")));
            }

            mine.Add(await consultation.ExecuteAsync(person, new LowerHand()));
            return mine;
        })));

        var accepted = outcomes.SelectMany(o => o).Select(o => o.ShouldBeAccepted().Version).Order().ToList();
        var expected = Enumerable.Range(1, (int)start + (People * 5)).Select(v => (long)v).ToList();
        Assert.Equal(expected[(int)start..], accepted);
        // The silo subscribed once the consultation existed: it received everything after the creation.
        Assert.Equal(expected[1..], host.Notifier.Events.Where(e => e.ConsultationId == consultation.Id).Select(e => e.Version));
        Assert.Equal(expected, (await host.ReadJournalAsync(consultation.Id)).Select(r => r.Version));
        var view = await consultation.ModeratorViewAsync();
        Assert.Equal(People * 3, view.Points.Count);
        Assert.Empty(view.Queue);
        Assert.Equal(TestConsultation.Json(await host.LoadFromJournalAsync(consultation.Id)), await consultation.StateJsonAsync());
    }
}
