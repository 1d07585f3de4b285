using ConsultHub.LoadGenerator.Load;

namespace ConsultHub.LoadGenerator.Experiments;

/// <summary>E6: one consultation watched by growing numbers of observers.</summary>
public static class E6Observers
{
    /// <summary>Runs E6 on the hub, then the baseline, adding observers step by step to one consultation.</summary>
    public static async Task RunAsync(int participants, int[] observerSteps, double rate, int seconds)
    {
        async Task<List<StepResult>> Run(Target target, int bytes) => await Runner.WithServerAsync(target, "E6", async (session, _) =>
        {
            var consultation = (await Runner.Show("E6 setup", session, () => session.AddConsultationsAsync(1, participants, 0)))[0];
            await Runner.WarmUpAsync(session, rate);
            var steps = new List<StepResult>();
            var watching = 0;
            foreach (var observers in observerSteps)
            {
                await Runner.Show("E6 observers", session, () => session.AddPeopleAsync([consultation], 0, observers - watching));
                watching = observers;
                var step = await Runner.Show("E6", session, () => session.MeasureAsync($"{observers:N0} observers", rate, TimeSpan.FromSeconds(seconds)));
                steps.Add(step);
                Console.WriteLine($"[E6 {target}] {observers:N0} observers: p99 {step.P99:N1} ms, lost {step.Lost}, dropped {step.Dropped}");
            }
            return steps;
        }, bytes);
        var hub = await Run(Target.Hub, 0);
        var baseline = await Run(Target.Baseline, (int)hub[0].BytesPerEvent);
        Report.Steps($"E6 hub: one consultation, {participants} participants + observers, {rate} command/s, SignalR {LoadSession.Protocol}", hub);
        Report.Steps("E6 baseline", baseline);
        var rows = hub.Zip(baseline, (h, b) => new[] { h.Label, $"{h.P50:N1}", $"{h.P99:N1}", $"{b.P50:N1}", $"{b.P99:N1}", Report.Ratio(h.P50, b.P50), Report.Ratio(h.P99, b.P99), $"{h.DeliveriesPerSecond:N0}", Report.Ratio(h.DeliveriesPerSecond, b.DeliveriesPerSecond), $"{h.BytesPerEvent:N0} / {b.BytesPerEvent:N0}" });
        Report.Table($"E6 hub / baseline ({LoadSession.Protocol})", ["observers", "hub p50 ms", "hub p99 ms", "baseline p50 ms", "baseline p99 ms", "p50 ratio", "p99 ratio", "hub deliveries/s", "deliveries ratio", "bytes per event hub / baseline"], rows);
    }
}
