using ConsultHub.LoadGenerator.Load;

namespace ConsultHub.LoadGenerator.Experiments;

/// <summary>E2: the rate per consultation doubles until p99 passes 250 ms or a delivery is lost (the knee).</summary>
public static class E2Knee
{
    /// <summary>Runs E2 on the hub, then (unless <paramref name="hubOnly"/>) on the baseline, and prints the knees.</summary>
    public static async Task RunAsync(int consultations, int participants, double[] rates, int seconds, double p99LimitMs, bool hubOnly = false)
    {
        async Task<List<StepResult>> Run(Target target, int bytes) => await Runner.WithServerAsync(target, "E2", async (session, _) =>
        {
            await Runner.Show("E2 setup", session, () => session.AddConsultationsAsync(consultations, participants, 0));
            await Runner.WarmUpAsync(session, rates[0]);
            var steps = new List<StepResult>();
            foreach (var rate in rates)
            {
                var step = await Runner.Show("E2", session, () => session.MeasureAsync($"{rate}/s per consultation", rate, TimeSpan.FromSeconds(seconds)));
                steps.Add(step);
                Console.WriteLine($"[E2 {target}] {rate}/s per consultation: p99 {step.P99:N1} ms, lost {step.Lost}, shed {step.Shed}");
                if (!Passes(step, p99LimitMs))
                {
                    break;
                }
            }
            return steps;
        }, bytes);
        var hub = await Run(Target.Hub, 0);
        if (hubOnly)
        {
            Report.Steps($"E2 hub: {consultations} x {participants}", hub);
            Console.WriteLine();
            Console.WriteLine($"Knee (highest commands/s with p99 <= {p99LimitMs} ms and nothing lost): hub {Knee(hub, p99LimitMs):N0}" +
                (hub.All(s => Passes(s, p99LimitMs)) ? " (it passed every step: its knee is above the last rate tried)" : ""));
            return;
        }
        var baseline = await Run(Target.Baseline, (int)hub[0].BytesPerEvent);
        Report.Steps($"E2 hub: {consultations} x {participants}", hub);
        Report.Steps($"E2 baseline: {consultations} x {participants}", baseline);
        var hubKnee = Knee(hub, p99LimitMs);
        var baselineKnee = Knee(baseline, p99LimitMs);
        Console.WriteLine();
        Console.WriteLine($"Knee (highest commands/s with p99 <= {p99LimitMs} ms and nothing lost): hub {hubKnee:N0}, baseline {baselineKnee:N0}, hub / baseline {Report.Ratio(hubKnee, baselineKnee)}" +
            (baseline.All(s => Passes(s, p99LimitMs)) ? " (the baseline passed every step: its knee is above the last rate tried)" : ""));
    }

    private static bool Passes(StepResult step, double limit) => step.P99 <= limit && step.Clean && step.Shed == 0 && step.Errors == 0;

    private static double Knee(List<StepResult> steps, double limit) =>
        steps.Where(s => Passes(s, limit)).Select(s => (double)s.Accepted / s.Seconds).DefaultIfEmpty(0).Max();
}
