using System.Diagnostics;

namespace ConsultHub.SiloHost.Tests.Fixtures;

/// <summary>Percentiles of a set of latencies, in milliseconds.</summary>
public sealed class Latencies
{
    private readonly double[] _sorted;

    /// <summary>Sorts the samples.</summary>
    public Latencies(IEnumerable<double> milliseconds) => _sorted = [.. milliseconds.Order()];

    /// <summary>How many samples there are.</summary>
    public int Count => _sorted.Length;

    /// <summary>The median.</summary>
    public double P50 => Percentile(0.50);

    /// <summary>The 99th percentile.</summary>
    public double P99 => Percentile(0.99);

    /// <summary>From each acknowledged command's send to its event's arrival at a watcher.</summary>
    public static Latencies Of(IEnumerable<Acknowledged> acknowledged, IReadOnlyDictionary<long, long> arrivals) =>
        new(acknowledged.Where(a => arrivals.ContainsKey(a.Version))
            .Select(a => Stopwatch.GetElapsedTime(a.SentAt, arrivals[a.Version]).TotalMilliseconds));

    /// <summary>The nearest-rank percentile <paramref name="fraction"/> (0..1); 0 without samples.</summary>
    public double Percentile(double fraction) =>
        _sorted.Length == 0 ? 0 : _sorted[Math.Clamp((int)Math.Ceiling(fraction * _sorted.Length) - 1, 0, _sorted.Length - 1)];

    /// <inheritdoc/>
    public override string ToString() => $"p50 {P50:F1} ms, p99 {P99:F1} ms over {Count} events";
}
