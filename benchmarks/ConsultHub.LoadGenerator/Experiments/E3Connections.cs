using System.Diagnostics;
using ConsultHub.LoadGenerator.Load;

namespace ConsultHub.LoadGenerator.Experiments;

/// <summary>E3: add connections a thousand at a time (consultations of P participants) until p99 passes 250 ms.</summary>
public static class E3Connections
{
    /// <summary>Runs E3 on the hub, then the baseline to the same size.</summary>
    public static async Task RunAsync(int perStep, int participants, double rate, int seconds, int maxConnections, double p99LimitMs, TimeSpan budget)
    {
        var stopReason = "";
        async Task<List<StepResult>> Run(Target target, int bytes, int limit) => await Runner.WithServerAsync(target, "E3", async (session, _) =>
        {
            var steps = new List<StepResult>();
            var clock = Stopwatch.StartNew();
            var perConsultation = participants + 1;
            var consultationsPerStep = Math.Max(1, perStep / perConsultation);
            while (true)
            {
                await Runner.Show("E3 setup", session, () => session.AddConsultationsAsync(consultationsPerStep, participants, 0));
                if (steps.Count == 0)
                {
                    await Runner.WarmUpAsync(session, rate);
                }
                var step = await Runner.Show("E3", session, () => session.MeasureAsync($"{session.Counters.Connections:N0} connections", rate, TimeSpan.FromSeconds(seconds)));
                steps.Add(step);
                Console.WriteLine($"[E3 {target}] {step.Connections:N0} connections: p99 {step.P99:N1} ms, lost {step.Lost}");
                var reason = step.P99 > p99LimitMs ? $"p99 {step.P99:N0} ms passed {p99LimitMs} ms"
                    : !step.Clean ? "a delivery was lost, skipped, duplicated or a connection dropped"
                    : step.Connections >= limit ? $"reached the {limit:N0}-connection cap"
                    : clock.Elapsed > budget ? $"time budget of {budget.TotalMinutes:N0} min spent"
                    : null;
                if (reason is not null)
                {
                    if (target == Target.Hub)
                    {
                        stopReason = reason;
                    }
                    return steps;
                }
            }
        }, bytes);
        var hub = await Run(Target.Hub, 0, maxConnections);
        var baseline = await Run(Target.Baseline, (int)hub[0].BytesPerEvent, hub[^1].Connections);
        Report.Steps($"E3 hub: +{perStep} connections a step, {rate} command/s per consultation", hub);
        Report.Steps("E3 baseline, same steps", baseline);
        Console.WriteLine();
        Console.WriteLine($"Hub stopped at {hub[^1].Connections:N0} connections: {stopReason}.");
        var rows = hub.Zip(baseline, (h, b) => new[] { $"{h.Connections:N0}", $"{h.P99:N1}", $"{b.P99:N1}", Report.Ratio(h.P99, b.P99) });
        Report.Table("E3 p99 hub / baseline", ["connections", "hub p99 ms", "baseline p99 ms", "hub / baseline"], rows);
    }
}
