using ConsultHub.LoadGenerator.Load;

namespace ConsultHub.LoadGenerator.Experiments;

/// <summary>E1: C consultations x P participants at R commands a second each, hub then baseline.</summary>
public static class E1Latency
{
    /// <summary>Runs E1 and prints the comparison.</summary>
    public static async Task<(StepResult Hub, StepResult Baseline)> RunAsync(int consultations, int participants, int observers, double rate, int seconds)
    {
        async Task<StepResult> Run(Target target, int bytes) => await Runner.WithServerAsync(target, "E1", async (session, _) =>
        {
            await Runner.Show("E1 setup", session, () => session.AddConsultationsAsync(consultations, participants, observers));
            await Runner.WarmUpAsync(session, rate);
            return await Runner.Show("E1", session, () => session.MeasureAsync($"{consultations}x{participants}+{observers} @ {rate}/s", rate, TimeSpan.FromSeconds(seconds)));
        }, bytes);
        var hub = await Run(Target.Hub, 0);
        var baseline = await Run(Target.Baseline, (int)hub.BytesPerEvent);
        Report.Compare($"E1: {consultations} consultations x {participants} participants + {observers} observers, {rate} command/s each, {seconds} s", hub, baseline);
        return (hub, baseline);
    }
}
