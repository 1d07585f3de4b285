using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using ConsultHub.Domain.Commands;
using ConsultHub.Domain.Model;
using ConsultHub.Grains.Tests.Hosting;
using Xunit.Abstractions;

namespace ConsultHub.Grains.Tests.Consultations;

/// <summary>
/// The silo hosting a consultation is killed while commands flow through the other two: Orleans
/// activates the grain again on a survivor, which replays the shared journal.
/// </summary>
[Collection(ThreeSiloClusters.Name)]
public sealed class ASiloStoppedMidCommandLosesNothingTests(ThreeSiloCluster cluster, ITestOutputHelper output) : IClassFixture<ThreeSiloCluster>
{
    private static readonly TimeSpan Failover = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task KillingTheHostingSilo_LosesNoAcknowledgedCommand_AndCommandsAreAcceptedAgain()
    {
        var (asia, africa, americas) = (cluster.InRegion("asia"), cluster.InRegion("africa"), cluster.InRegion("americas"));
        var consultation = await cluster.CreateAsync(asia, "africa");
        Assert.Equal(africa, await cluster.HostOfAsync(consultation.Id));
        await asia.Consultation(consultation.Id).ExecuteAsync(consultation.ModeratorKey, new StartConsultation()).ShouldBeAcceptedAsync();
        var writers = await Task.WhenAll(new[] { asia, americas, asia, americas }.Select(async (silo, i) => (Silo: silo, Person: await ThreeSiloCluster.JoinAsync(silo, consultation, $"Writer {i}"))));
        foreach (var silo in new[] { asia, americas })
        {
            await silo.Watcher.WatchAsync(consultation.Id);
        }
        // By version: who was acknowledged and which event their command wrote.
        var acknowledged = new ConcurrentDictionary<long, (string ParticipantId, string Type)>();
        var failures = new ConcurrentBag<string>();
        var killed = new TaskCompletionSource<Stopwatch>(TaskCreationOptions.RunContinuationsAsynchronously);
        var acceptedAfterKill = new ConcurrentBag<TimeSpan>();
        using var stop = new CancellationTokenSource();

        var flowing = writers.Select(w => Task.Run(async () =>
        {
            for (var n = 0; !stop.IsCancellationRequested; n++)
            {
                // Hands go up and down without the points' rate limit; after an unanswered command the
                // next may be refused as a conflict, which is not an acknowledgement either.
                var (command, type) = n % 2 == 0 ? ((ConsultationCommand)new RaiseHand(HandIntent.Speak), "hand-raised") : (new LowerHand(), "hand-lowered");
                try
                {
                    var outcome = await w.Silo.Consultation(consultation.Id).ExecuteAsync(w.Person.Token, command).WaitAsync(Failover);
                    if (outcome.Accepted)
                    {
                        Assert.True(acknowledged.TryAdd(outcome.Version, (w.Person.Id, type)), $"Version {outcome.Version} was acknowledged twice.");
                        if (killed.Task.IsCompleted)
                        {
                            acceptedAfterKill.Add(killed.Task.Result.Elapsed);
                        }
                    }
                    else
                    {
                        failures.Add($"{outcome.Code}: {outcome.Message}");
                    }
                }
                catch (Exception ex) when (ex is OrleansException or TimeoutException or SiloUnavailableException or OperationCanceledException)
                {
                    // Not acknowledged: the caller would retry, and so does this writer.
                    failures.Add(ex.GetType().Name);
                }
            }
        })).ToList();

        await WaitUntilAsync(() => acknowledged.Count >= 40, TimeSpan.FromSeconds(30));
        await cluster.KillAsync(africa);
        killed.SetResult(Stopwatch.StartNew());
        await WaitUntilAsync(() => acceptedAfterKill.Count >= 40, Failover + TimeSpan.FromSeconds(15));
        await stop.CancelAsync();
        await Task.WhenAll(flowing);

        output.WriteLine($"{acknowledged.Count} acknowledged, first after the kill at {acceptedAfterKill.Min().TotalSeconds:0.00} s, {failures.Count} not acknowledged ({string.Join(", ", failures.Distinct())})");
        Assert.True(acceptedAfterKill.Min() < Failover, $"Commands were accepted again only {acceptedAfterKill.Min()} after the kill.");
        var journal = await cluster.ReadJournalAsync(consultation.Id);
        Assert.Equal(Enumerable.Range(1, journal.Count).Select(v => (long)v), journal.Select(r => r.Version));
        foreach (var (version, (participantId, type)) in acknowledged)
        {
            var record = journal[(int)version - 1];
            Assert.Equal(type, record.Type);
            Assert.Equal(participantId, JsonDocument.Parse(record.Data).RootElement.GetProperty("participantId").GetString());
        }
        var host = await cluster.HostOfAsync(consultation.Id);
        Assert.NotNull(host);
        Assert.NotEqual(africa, host);
        // The survivors' watchers saw every version once and in order, the missed ones on renewal.
        var last = journal[^1].Version;
        foreach (var silo in new[] { asia, americas })
        {
            await silo.Watcher.WaitForAsync(consultation.Id, last, TimeSpan.FromSeconds(20));
            Assert.Equal(Enumerable.Range(3 + writers.Length, (int)last - 2 - writers.Length).Select(v => (long)v), silo.Watcher.Versions(consultation.Id));
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "Timed out waiting.");
            await Task.Delay(20);
        }
    }
}
