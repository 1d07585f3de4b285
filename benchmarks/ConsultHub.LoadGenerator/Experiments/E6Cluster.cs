using System.Globalization;
using ConsultHub.LoadGenerator.Hosts;
using ConsultHub.LoadGenerator.Load;

namespace ConsultHub.LoadGenerator.Experiments;

/// <summary>
/// E6 spread over a cluster: the town hall on one silo against the same town hall on several silos
/// (every person connected round-robin over all of them), both over one Azurite journal, so the only
/// difference is how many silos share the fan-out. Each silo's notifier receives one push per batch
/// and writes to its own share of the observers.
/// </summary>
public static class E6Cluster
{
    /// <summary>Runs the observer steps on one silo, then on <paramref name="silos"/> silos, and prints both.</summary>
    public static async Task RunAsync(int participants, int[] observerSteps, double rate, int seconds, int silos)
    {
        var work = Directory.CreateTempSubdirectory("consulthub-e6c-").FullName;
        Console.WriteLine($"[E6 cluster] starting Azurite (work folder {work}); {Machine.Describe()}");
        await using var azurite = await Servers.StartAzuriteAsync(work);

        var one = await Runner.WithServerAsync(Target.Hub, "E6 one silo", (session, _) => StepsAsync("one silo", session, participants, observerSteps, rate, seconds), hubStorage:
        [
            "--Storage:Provider=AzureTable", $"--Storage:AzureTable:ConnectionString={Servers.AzuriteConnectionString(azurite.Url)}",
            "--Storage:AzureTable:TableName=townone", $"--Orleans:SiloPort={ServerProcess.FreePort()}",
        ]);

        Console.WriteLine($"[E6 cluster] starting {silos} silos; {Machine.Describe()}");
        await using var cluster = await SiloCluster.StartAsync(work, azurite.Url, silos);
        await cluster.WaitUntilFormedAsync(TimeSpan.FromSeconds(120));
        var turn = 0;
        Task<Uri> RoundRobin(SimConsultation _) => Task.FromResult(cluster.Urls[Interlocked.Increment(ref turn) % silos]);
        var session = new LoadSession(cluster.Urls[0], Target.Hub, Servers.OrganizerKey, Runner.ConnectConcurrency, () => cluster.CpuTime, RoundRobin);
        List<StepResult> many;
        try
        {
            many = await StepsAsync($"{silos} silos", session, participants, observerSteps, rate, seconds);
        }
        finally
        {
            await Runner.Show("E6 cluster closing", session, async () => await session.DisposeAsync());
        }

        string F(double v, string format = "N1") => v.ToString(format, CultureInfo.InvariantCulture);
        Report.Steps($"E6 one silo (Azurite journal), SignalR {LoadSession.Protocol}", one);
        Report.Steps($"E6 {silos} silos (Azurite journal), SignalR {LoadSession.Protocol}", many);
        var rows = one.Zip(many, (o, m) => new[]
        {
            o.Label, F(o.P50), F(o.P99), F(m.P50), F(m.P99), Report.Ratio(m.P99, o.P99),
            $"{F(o.DeliveriesPerSecond, "N0")} / {F(m.DeliveriesPerSecond, "N0")}",
            $"{F(o.ServerCores ?? 0, "N2")} / {F(m.ServerCores ?? 0, "N2")}",
            $"{o.Lost}/{o.Gaps}/{o.Duplicates}/{o.Dropped} ; {m.Lost}/{m.Gaps}/{m.Duplicates}/{m.Dropped}",
        });
        Report.Table($"E6 on {silos} silos against one ({participants} participants, {rate} command/s, {seconds} s a step, SignalR {LoadSession.Protocol})",
            ["observers", "one silo p50 ms", "one silo p99 ms", $"{silos} silos p50 ms", $"{silos} silos p99 ms", "p99 many / one", "deliveries/s one / many", "server cores one / many (summed)", "lost/gaps/dup/dropped one ; many"], rows);
    }

    private static async Task<List<StepResult>> StepsAsync(string title, LoadSession session, int participants, int[] observerSteps, double rate, int seconds)
    {
        var consultation = (await Runner.Show($"E6 {title} setup", session, () => session.AddConsultationsAsync(1, participants, 0)))[0];
        await Runner.WarmUpAsync(session, rate);
        var steps = new List<StepResult>();
        var watching = 0;
        foreach (var observers in observerSteps)
        {
            await Runner.Show($"E6 {title} observers", session, () => session.AddPeopleAsync([consultation], 0, observers - watching));
            watching = observers;
            var step = await Runner.Show($"E6 {title}", session, () => session.MeasureAsync($"{observers:N0} observers", rate, TimeSpan.FromSeconds(seconds)));
            steps.Add(step);
            Console.WriteLine($"[E6 {title}] {observers:N0} observers: p99 {step.P99:N1} ms, lost {step.Lost}, dropped {step.Dropped}");
        }
        return steps;
    }
}
