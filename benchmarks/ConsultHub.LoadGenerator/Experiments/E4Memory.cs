using System.Globalization;
using ConsultHub.LoadGenerator.Load;

namespace ConsultHub.LoadGenerator.Experiments;

/// <summary>E4: managed heap and working set per connection and per idle activation, after full collections.</summary>
public static class E4Memory
{
    /// <summary>Runs E4 on the hub and (connections only) the baseline.</summary>
    public static async Task RunAsync(int consultations, int participants, int observers, int idle)
    {
        var connections = consultations * (participants + observers);
        async Task<(double Heap, double WorkingSet, double? IdleHeap, double? IdleWorkingSet, int Activations)> Run(Target target) =>
            await Runner.WithServerAsync<(double, double, double?, double?, int)>(target, "E4", async (session, server) =>
            {
                var created = await Runner.Show("E4 setup", session, () => session.AddConsultationsAsync(consultations, 0, 0));
                var empty = await ServerDiagnostics.ReadAsync(server.Url);
                await Runner.Show("E4 connections", session, () => session.AddPeopleAsync(created, participants, observers));
                await Task.Delay(TimeSpan.FromSeconds(3));
                var full = await ServerDiagnostics.ReadAsync(server.Url);
                var heap = (full.HeapBytes - empty.HeapBytes) / (double)connections;
                var working = (full.WorkingSetBytes - empty.WorkingSetBytes) / (double)connections;
                if (target != Target.Hub)
                {
                    return (heap, working, (double?)null, (double?)null, 0);
                }
                await Runner.Show("E4 idle activations", session, () => session.CreateIdleAsync(idle));
                await Task.Delay(TimeSpan.FromSeconds(3));
                var withIdle = await ServerDiagnostics.ReadAsync(server.Url);
                var added = withIdle.Activations - full.Activations;
                return (heap, working, (withIdle.HeapBytes - full.HeapBytes) / (double)Math.Max(1, added),
                    (withIdle.WorkingSetBytes - full.WorkingSetBytes) / (double)Math.Max(1, added), added);
            });
        var hub = await Run(Target.Hub);
        var baseline = await Run(Target.Baseline);
        static string Kb(double? bytes) => bytes is { } b ? (b / 1024).ToString("N1", CultureInfo.InvariantCulture) : "n/a";
        Report.Table($"E4: {connections:N0} watching connections ({consultations} consultations x ({participants} participants + {observers} observers)); {idle:N0} idle consultations; load {Machine.LoadAverage():N1}",
            ["figure", "hub", "baseline", "hub / baseline"],
            [
                ["managed heap per connection (KB)", Kb(hub.Heap), Kb(baseline.Heap), Report.Ratio(hub.Heap, baseline.Heap)],
                ["working set per connection (KB)", Kb(hub.WorkingSet), Kb(baseline.WorkingSet), Report.Ratio(hub.WorkingSet, baseline.WorkingSet)],
                [$"managed heap per idle activation (KB, {hub.Activations:N0} activations)", Kb(hub.IdleHeap), "n/a (no grains)", ""],
                ["working set per idle activation (KB)", Kb(hub.IdleWorkingSet), "n/a", ""],
            ]);
    }
}
