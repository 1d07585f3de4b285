using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using ConsultHub.LoadGenerator.Hosts;
using ConsultHub.LoadGenerator.Load;

namespace ConsultHub.LoadGenerator.Experiments;

/// <summary>
/// E7: E1's load on three silos over one Azurite, every person connected to a silo other than the
/// one holding their consultation's grain, against the same load on one silo over the same Azurite;
/// then the failover under that load: SIGKILL of the silo holding most grains mid-step.
/// </summary>
public static class E7Cluster
{
    private const int Silos = 3;
    private static readonly TimeSpan ProbeEvery = TimeSpan.FromMilliseconds(100);

    /// <summary>Runs E7 and prints its tables.</summary>
    public static async Task RunAsync(int consultations, int participants, int observers, double rate, int seconds)
    {
        var work = Directory.CreateTempSubdirectory("consulthub-e7-").FullName;
        Console.WriteLine($"[E7] starting Azurite (work folder {work}); {Machine.Describe()}");
        await using var azurite = await Servers.StartAzuriteAsync(work);
        var label = $"{consultations}x{participants}+{observers} @ {rate}/s";

        var one = await Runner.WithServerAsync(Target.Hub, "E7 one silo", async (session, _) =>
        {
            await Runner.Show("E7 setup", session, () => session.AddConsultationsAsync(consultations, participants, observers));
            await Runner.WarmUpAsync(session, rate);
            return await Runner.Show("E7 one silo", session, () => session.MeasureAsync(label, rate, TimeSpan.FromSeconds(seconds)));
        }, hubStorage:
        [
            "--Storage:Provider=AzureTable", $"--Storage:AzureTable:ConnectionString={Servers.AzuriteConnectionString(azurite.Url)}",
            "--Storage:AzureTable:TableName=benchone", $"--Orleans:SiloPort={ServerProcess.FreePort()}",
        ]);

        Console.WriteLine($"[E7] starting {Silos} silos; {Machine.Describe()}");
        await using var cluster = await SiloCluster.StartAsync(work, azurite.Url, Silos);
        await cluster.WaitUntilFormedAsync(TimeSpan.FromSeconds(120));
        var homes = new ConcurrentDictionary<string, Task<int>>(StringComparer.Ordinal);
        var placed = new ConcurrentQueue<(string Consultation, int Silo)>();
        var turn = 0;
        async Task<Uri> ElsewhereAsync(SimConsultation consultation)
        {
            // Round-robin over the silos that do not hold the grain: every event crosses silos.
            var home = await homes.GetOrAdd(consultation.Id, cluster.LocateAsync);
            var others = Enumerable.Range(0, Silos).Where(i => i != home).ToList();
            var silo = others[Interlocked.Increment(ref turn) % others.Count];
            placed.Enqueue((consultation.Id, silo));
            return cluster.Urls[silo];
        }
        var session = new LoadSession(cluster.Urls[0], Target.Hub, Servers.OrganizerKey, Runner.ConnectConcurrency, () => cluster.CpuTime, ElsewhereAsync);
        StepResult three, failover;
        (int Victim, int Affected, List<double> Recovered, int Unrecovered) fault;
        IReadOnlyDictionary<int, int> grainsBySilo;
        double crossing;
        try
        {
            await Runner.Show("E7 setup", session, () => session.AddConsultationsAsync(consultations, participants, observers));
            await Runner.WarmUpAsync(session, rate);
            three = await Runner.Show("E7 three silos", session, () => session.MeasureAsync(label, rate, TimeSpan.FromSeconds(seconds)));
            var located = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var c in session.Consultations)
            {
                located[c.Id] = await cluster.LocateAsync(c.Id);
            }
            grainsBySilo = located.Values.GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count());
            var connections = placed.ToList();
            crossing = connections.Count == 0 ? 0 : connections.Count(p => located[p.Consultation] != p.Silo) / (double)connections.Count;
            (failover, fault) = await FailoverAsync(session, cluster, located, rate, seconds);
        }
        finally
        {
            await Runner.Show("E7 closing", session, async () => await session.DisposeAsync());
        }

        string F(double v, string format = "N1") => v.ToString(format, CultureInfo.InvariantCulture);
        Report.Table($"E7: {consultations} consultations x {participants} participants + {observers} observers, {rate} command/s each, {seconds} s, Azure Table journal (Azurite)",
            ["figure", "three silos", "one silo", "three / one"],
        [
            ["connections", F(three.Connections, "N0"), F(one.Connections, "N0"), ""],
            ["connections on a silo other than their grain's", $"{crossing:P0}", "0%", ""],
            ["grains per silo", string.Join(" / ", Enumerable.Range(0, Silos).Select(i => grainsBySilo.GetValueOrDefault(i))), F(consultations, "N0"), ""],
            ["commands accepted", F(three.Accepted, "N0"), F(one.Accepted, "N0"), Report.Ratio(three.Accepted, one.Accepted)],
            ["all-watchers latency p50 (ms)", F(three.P50), F(one.P50), Report.Ratio(three.P50, one.P50)],
            ["all-watchers latency p99 (ms)", F(three.P99), F(one.P99), Report.Ratio(three.P99, one.P99)],
            ["server CPU ms per command (sum over silos)", F(three.ServerCpuMsPerCommand ?? 0, "N2"), F(one.ServerCpuMsPerCommand ?? 0, "N2"), Report.Ratio(three.ServerCpuMsPerCommand ?? 0, one.ServerCpuMsPerCommand ?? 0)],
            ["server CPU (cores)", F(three.ServerCores ?? 0, "N2"), F(one.ServerCores ?? 0, "N2"), ""],
            ["refused / errors / shed", $"{three.Refused} / {three.Errors} / {three.Shed}", $"{one.Refused} / {one.Errors} / {one.Shed}", ""],
            ["lost / gaps / duplicates / dropped", $"{three.Lost} / {three.Gaps} / {three.Duplicates} / {three.Dropped}", $"{one.Lost} / {one.Gaps} / {one.Duplicates} / {one.Dropped}", ""],
            ["load average (1 min)", F(three.LoadAverage), F(one.LoadAverage), ""],
        ]);
        var recovered = fault.Recovered.Order().ToList();
        Report.Table($"E7 failover: SIGKILL of silo {fault.Victim} (holding {fault.Affected} of {consultations} grains) {seconds / 3} s into a {seconds} s step at {rate} command/s each",
            ["figure", "value"],
        [
            ["its consultations answering again through a survivor (s after the kill: min / median / max)",
                recovered.Count == 0 ? "none" : $"{F(recovered[0], "N2")} / {F(recovered[recovered.Count / 2], "N2")} / {F(recovered[^1], "N2")}"],
            ["its consultations not answering within the step", F(fault.Unrecovered, "N0")],
            ["commands accepted / refused / errors (no reply: sender's silo died) in the step", $"{failover.Accepted} / {failover.Refused} / {failover.Errors}"],
            ["gaps / duplicates seen by watchers", $"{failover.Gaps} / {failover.Duplicates}"],
            ["connections dropped with the killed silo", F(failover.Dropped, "N0")],
            ["undelivered (version, watcher) pairs, the dropped connections' included", F(failover.Lost, "N0")],
            ["all-watchers latency p50 / p99 (ms) of fully delivered commands", $"{F(failover.P50)} / {F(failover.P99)}"],
            ["load average (1 min)", F(failover.LoadAverage)],
        ]);
    }

    /// <summary>
    /// Runs a step and, a third of the way in, kills the silo holding most grains; then polls each of
    /// its consultations through a survivor (a read goes through the grain, so it answers only once
    /// the grain is active again on a survivor) until it answers.
    /// </summary>
    private static async Task<(StepResult Step, (int Victim, int Affected, List<double> Recovered, int Unrecovered) Fault)> FailoverAsync(
        LoadSession session, SiloCluster cluster, IReadOnlyDictionary<string, int> located, double rate, int seconds)
    {
        var victim = located.Values.GroupBy(s => s).OrderByDescending(g => g.Count()).First().Key;
        var affected = located.Where(l => l.Value == victim).Select(l => l.Key).ToList();
        var survivor = cluster.Urls[(victim + 1) % cluster.Count];
        var step = Runner.Show("E7 failover", session, () => session.MeasureAsync("failover", rate, TimeSpan.FromSeconds(seconds)));
        while (!session.Phase.Contains("commands/s", StringComparison.Ordinal))
        {
            await Task.Delay(50);
        }
        await Task.Delay(TimeSpan.FromSeconds(seconds / 3.0));
        await cluster.KillAsync(victim);
        var killed = Stopwatch.GetTimestamp();
        using var http = new HttpClient { BaseAddress = survivor, Timeout = TimeSpan.FromSeconds(5) };
        var limit = TimeSpan.FromSeconds(seconds);
        var recovered = await Task.WhenAll(affected.Select(async id =>
        {
            while (Stopwatch.GetElapsedTime(killed) < limit)
            {
                try
                {
                    using var response = await http.GetAsync($"/api/consultations/{id}");
                    if (response.IsSuccessStatusCode)
                    {
                        return Stopwatch.GetElapsedTime(killed).TotalSeconds;
                    }
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    // Still failing over.
                }
                await Task.Delay(ProbeEvery);
            }
            return double.NaN;
        }));
        var result = await step;
        return (result, (victim, affected.Count, [.. recovered.Where(r => !double.IsNaN(r))], recovered.Count(double.IsNaN)));
    }
}
