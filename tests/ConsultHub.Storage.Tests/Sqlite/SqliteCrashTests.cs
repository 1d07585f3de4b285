using System.Collections.Concurrent;
using System.Diagnostics;
using ConsultHub.Storage.Sqlite;

namespace ConsultHub.Storage.Tests.Sqlite;

public sealed class SqliteCrashTests : IDisposable
{
    private const int AcknowledgementsBeforeKill = 400;

    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("consulthub-crash-");

    public void Dispose() => _directory.Delete(recursive: true);

    [Fact]
    public async Task KillNine_AfterAcknowledgedAppends_LosesNothingAcknowledged()
    {
        var path = Path.Combine(_directory.FullName, "hub.db");
        var acknowledged = new ConcurrentDictionary<string, long>();
        var enough = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var count = 0;
        using var writer = StartWriter(path);
        writer.OutputDataReceived += (_, line) =>
        {
            if (line.Data?.Split(' ') is [var stream, var version])
            {
                acknowledged.AddOrUpdate(stream, long.Parse(version), (_, known) => Math.Max(known, long.Parse(version)));
                if (Interlocked.Increment(ref count) == AcknowledgementsBeforeKill)
                {
                    enough.TrySetResult();
                }
            }
        };
        writer.BeginOutputReadLine();

        await enough.Task.WaitAsync(TimeSpan.FromSeconds(60));
        writer.Kill(); // SIGKILL on Unix: no finally blocks, no flushing, no disposal.
        writer.WaitForExit();

        await using var journal = new SqliteEventJournal(new SqliteJournalOptions { Path = path });
        foreach (var (stream, version) in acknowledged)
        {
            var records = await journal.ReadAsync(stream, 0);
            Assert.True(records.Count >= version, $"{stream} acknowledged version {version} but only {records.Count} survived.");
            Assert.Equal(Records.Range(1, records.Count, stream), records);
        }
    }

    private static Process StartWriter(string path)
    {
        var start = new ProcessStartInfo(DotnetHost()) { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { "exec", typeof(CrashWriterProgram).Assembly.Location, CrashWriterProgram.Command, path })
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("The crash writer did not start.");
    }

    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host
        : Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath! : "dotnet";
}
