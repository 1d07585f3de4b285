using System.Diagnostics;
using ConsultHub.Storage;
using ConsultHub.Storage.Sqlite;

namespace ConsultHub.Benchmarks;

/// <summary>
/// Latency of single durable appends to the SQLite journal, one writer at a paced rate, as a
/// consultation grain makes them: p50, p99, max, and how the slow appends are spaced (periodic
/// stalls point at WAL checkpoints on the write path). Run with <c>-- journal-latency [appends] [per second]</c>.
/// </summary>
public static class JournalLatency
{
    public static async Task RunAsync(string[] args)
    {
        var appends = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 3_000;
        var rate = args.Length > 1 && int.TryParse(args[1], out var r) ? r : 200;
        var dir = Directory.CreateTempSubdirectory("consulthub-latency-");
        try
        {
            await using var journal = new SqliteEventJournal(new SqliteJournalOptions { Path = Path.Combine(dir.FullName, "latency.db") });
            var latencies = new double[appends];
            var streams = Enumerable.Range(0, 20).Select(i => $"c{i}").ToArray();
            var versions = new long[streams.Length];
            var pace = Stopwatch.StartNew();
            for (var i = 0; i < appends; i++)
            {
                var due = TimeSpan.FromSeconds(i / (double)rate);
                if (pace.Elapsed < due)
                {
                    await Task.Delay(due - pace.Elapsed);
                }
                var s = i % streams.Length;
                var record = new JournalRecord(versions[s] + 1, "point-posted",
                    "{\"pointId\":\"P1\",\"kind\":\"recommendation\",\"text\":\"A representative point of about a hundred characters in length, as participants post them.\"}", DateTimeOffset.UtcNow);
                var clock = Stopwatch.StartNew();
                versions[s] = await journal.AppendAsync(streams[s], versions[s], [record]);
                latencies[i] = clock.Elapsed.TotalMilliseconds;
            }
            var slow = latencies.Select((ms, i) => (ms, i)).Where(x => x.ms > 50).Select(x => x.i).ToList();
            var sorted = latencies.Order().ToArray();
            Console.WriteLine($"SQLite journal, {appends} single-event appends at {rate}/s over 20 streams ({journal.BatchesCommitted} commits)");
            Console.WriteLine($"  p50 {sorted[appends / 2]:N2} ms  p99 {sorted[(int)(appends * 0.99)]:N2} ms  max {sorted[^1]:N2} ms  over 50 ms: {slow.Count}");
            Console.WriteLine($"  slow appends at: {string.Join(", ", slow.Take(30))}");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
