using System.Globalization;
using ConsultHub.LoadGenerator.Load;

namespace ConsultHub.LoadGenerator.Experiments;

/// <summary>Prints results as Markdown tables, ready for docs/benchmarks.md.</summary>
public static class Report
{
    /// <summary>Hub and baseline side by side with the hub/baseline ratio.</summary>
    public static void Compare(string title, StepResult hub, StepResult baseline)
    {
        Console.WriteLine();
        Console.WriteLine($"### {title}");
        Console.WriteLine();
        Console.WriteLine("| figure | hub | baseline | hub / baseline |");
        Console.WriteLine("|---|---:|---:|---:|");
        Row("connections", hub.Connections, baseline.Connections, "N0");
        Row("commands/s asked", hub.TargetRate, baseline.TargetRate, "N0");
        Row("commands accepted", hub.Accepted, baseline.Accepted, "N0");
        Row("all-watchers latency p50 (ms)", hub.P50, baseline.P50, "N1");
        Row("all-watchers latency p99 (ms)", hub.P99, baseline.P99, "N1");
        Row("all-watchers latency max (ms)", hub.Max, baseline.Max, "N1");
        Row("deliveries/s", hub.DeliveriesPerSecond, baseline.DeliveriesPerSecond, "N0");
        Row("bytes per event (wire)", hub.BytesPerEvent, baseline.BytesPerEvent, "N0");
        Row("server CPU ms per command", hub.ServerCpuMsPerCommand ?? 0, baseline.ServerCpuMsPerCommand ?? 0, "N2");
        Row("server CPU (cores)", hub.ServerCores ?? 0, baseline.ServerCores ?? 0, "N2");
        Row("generator CPU (cores)", hub.GeneratorCores, baseline.GeneratorCores, "N2");
        Console.WriteLine($"| refused / errors / shed | {hub.Refused} / {hub.Errors} / {hub.Shed} | {baseline.Refused} / {baseline.Errors} / {baseline.Shed} | |");
        Console.WriteLine($"| lost / gaps / duplicates / dropped | {hub.Lost} / {hub.Gaps} / {hub.Duplicates} / {hub.Dropped} | {baseline.Lost} / {baseline.Gaps} / {baseline.Duplicates} / {baseline.Dropped} | |");
        Console.WriteLine($"| load average (1 min) | {hub.LoadAverage:N1} | {baseline.LoadAverage:N1} | |");
    }

    /// <summary>Steps of one target as rows.</summary>
    public static void Steps(string title, IEnumerable<StepResult> steps)
    {
        Console.WriteLine();
        Console.WriteLine($"### {title}");
        Console.WriteLine();
        Console.WriteLine("| step | connections | cmd/s asked | accepted | p50 ms | p99 ms | max ms | deliveries/s | lost/gaps/dup/dropped | shed | server cores | generator cores | load |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var s in steps)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {s.Label} | {s.Connections:N0} | {s.TargetRate:N0} | {s.Accepted:N0} | {s.P50:N1} | {s.P99:N1} | {s.Max:N1} | {s.DeliveriesPerSecond:N0} | {s.Lost}/{s.Gaps}/{s.Duplicates}/{s.Dropped} | {s.Shed} | {s.ServerCores:N2} | {s.GeneratorCores:N2} | {s.LoadAverage:N1} |"));
        }
    }

    /// <summary>A free-form table.</summary>
    public static void Table(string title, string[] header, IEnumerable<string[]> rows)
    {
        Console.WriteLine();
        Console.WriteLine($"### {title}");
        Console.WriteLine();
        Console.WriteLine($"| {string.Join(" | ", header)} |");
        Console.WriteLine($"|{string.Concat(header.Select(_ => "---|"))}");
        foreach (var row in rows)
        {
            Console.WriteLine($"| {string.Join(" | ", row)} |");
        }
    }

    /// <summary>A ratio, or "n/a" when the baseline is zero.</summary>
    public static string Ratio(double hub, double baseline) =>
        baseline == 0 ? "n/a" : (hub / baseline).ToString("N2", CultureInfo.InvariantCulture);

    private static void Row(string name, double hub, double baseline, string format) =>
        Console.WriteLine($"| {name} | {hub.ToString(format, CultureInfo.InvariantCulture)} | {baseline.ToString(format, CultureInfo.InvariantCulture)} | {Ratio(hub, baseline)} |");
}
