using System.Diagnostics;
using ConsultHub.Storage;
using ConsultHub.Storage.AzureTable;
using ConsultHub.Storage.Sqlite;

namespace ConsultHub.Benchmarks;

/// <summary>
/// Journal appends per second, each append awaited until durable: one writer appending one event
/// at a time (the baseline), then many concurrent writers whose appends the SQLite journal
/// group-commits, then (Azure) several events per entity-group transaction. Azure runs when
/// CONSULTHUB_AZURITE_TABLE holds a connection string.
/// </summary>
public static class JournalThroughput
{
    public static async Task RunAsync(string[] args)
    {
        var scale = args.Length > 0 && int.TryParse(args[0], out var s) ? s : 1;
        var dir = Directory.CreateTempSubdirectory("consulthub-bench-");
        try
        {
            await using (var sqlite = new SqliteEventJournal(new SqliteJournalOptions { Path = Path.Combine(dir.FullName, "bench.db") }))
            {
                await ReportAsync("SQLite", sqlite, sequential: 2_000 * scale, concurrentWriters: 64, concurrent: 20_000 * scale, batch: 10);
            }
            if (Environment.GetEnvironmentVariable("CONSULTHUB_AZURITE_TABLE") is { Length: > 0 } azure)
            {
                var journal = new AzureTableEventJournal(new AzureTableJournalOptions { ConnectionString = azure, TableName = $"bench{DateTime.UtcNow:HHmmss}" });
                await ReportAsync("Azure Table (Azurite)", journal, sequential: 300 * scale, concurrentWriters: 32, concurrent: 2_000 * scale, batch: 10);
            }
            else
            {
                Console.WriteLine("Azure Table: skipped (set CONSULTHUB_AZURITE_TABLE to an Azurite connection string)");
            }
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static async Task ReportAsync(string name, IEventJournal journal, int sequential, int concurrentWriters, int concurrent, int batch)
    {
        await AppendAsync(journal, "warmup", 1, 20, 1);
        var baseline = await AppendAsync(journal, "seq", writers: 1, events: sequential, perAppend: 1);
        var grouped = await AppendAsync(journal, "grp", writers: concurrentWriters, events: concurrent, perAppend: 1);
        var batched = await AppendAsync(journal, "bat", writers: concurrentWriters, events: concurrent, perAppend: batch);
        Console.WriteLine($"{name}");
        Console.WriteLine($"  1 writer, 1 event per append:              {baseline,10:N0} events/s");
        Console.WriteLine($"  {concurrentWriters} writers, 1 event per append (group):  {grouped,10:N0} events/s  ({grouped / baseline:N1}x)");
        Console.WriteLine($"  {concurrentWriters} writers, {batch} events per append:        {batched,10:N0} events/s  ({batched / baseline:N1}x)");
    }

    private static async Task<double> AppendAsync(IEventJournal journal, string prefix, int writers, int events, int perAppend)
    {
        var perWriter = Math.Max(1, events / writers / perAppend);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, writers).Select(async w =>
        {
            var stream = $"{prefix}-{w}-{Guid.NewGuid():N}";
            long version = 0;
            for (var i = 0; i < perWriter; i++)
            {
                var records = Enumerable.Range(1, perAppend)
                    .Select(k => new JournalRecord(version + k, "point-posted", "{\"pointId\":\"P1\",\"text\":\"A representative point of about eighty characters in length.\"}", DateTimeOffset.UtcNow))
                    .ToArray();
                version = await journal.AppendAsync(stream, version, records);
            }
        }));
        return writers * perWriter * perAppend / clock.Elapsed.TotalSeconds;
    }
}
