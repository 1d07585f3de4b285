using ConsultHub.Storage.Sqlite;

namespace ConsultHub.Storage.Tests.Sqlite;

/// <summary>
/// The test assembly's entry point, used only as a child process by
/// <see cref="SqliteCrashTests"/>: it appends to a journal as fast as it can and prints each
/// acknowledged append, until it is killed. The test runner itself never calls it.
/// </summary>
public static class CrashWriterProgram
{
    public const string Command = "sqlite-crash-writer";
    public const int Writers = 16;

    public static async Task<int> Main(string[] args)
    {
        if (args is not [Command, var path])
        {
            await Console.Error.WriteLineAsync($"usage: {Command} <database path>");
            return 2;
        }

        var journal = new SqliteEventJournal(new SqliteJournalOptions { Path = path });
        await Task.WhenAll(Enumerable.Range(0, Writers).Select(writer => Task.Run(async () =>
        {
            for (var version = 1L; ; version++)
            {
                await journal.AppendAsync($"crash-{writer}", version - 1, Records.Range(version, 1, $"crash-{writer}"));
                Console.Out.WriteLine($"crash-{writer} {version}");
            }
        })));
        return 0;
    }
}
