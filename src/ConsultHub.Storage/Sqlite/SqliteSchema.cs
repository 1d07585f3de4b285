using Microsoft.Data.Sqlite;

namespace ConsultHub.Storage.Sqlite;

/// <summary>Opens the database file in the mode the journal's guarantees rely on and creates its tables.</summary>
internal static class SqliteSchema
{
    private const long CurrentVersion = 1;

    // `streams` holds each stream's head so the expected-version check and ListStreams read one
    // row per stream instead of scanning events. Snapshot rows can be large, so they live apart
    // from events and keep an ordinary rowid table.
    private const string CreateTables = """
        CREATE TABLE IF NOT EXISTS streams (
            stream  TEXT    NOT NULL PRIMARY KEY,
            version INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS events (
            stream  TEXT    NOT NULL,
            version INTEGER NOT NULL,
            type    TEXT    NOT NULL,
            data    TEXT    NOT NULL,
            at      TEXT    NOT NULL,
            PRIMARY KEY (stream, version)
        );
        CREATE TABLE IF NOT EXISTS snapshots (
            stream  TEXT    NOT NULL PRIMARY KEY,
            version INTEGER NOT NULL,
            data    TEXT    NOT NULL
        );
        PRAGMA user_version = 1;
        """;

    public static void Initialize(SqliteConnection connection, SqliteDurability durability = SqliteDurability.PowerLoss)
    {
        var journalMode = Scalar(connection, "PRAGMA journal_mode = WAL;");
        if (!string.Equals(journalMode as string, "wal", StringComparison.OrdinalIgnoreCase))
        {
            throw new JournalUnavailableException(
                $"SQLite refused WAL mode for '{connection.DataSource}' (it stays in '{journalMode}'); the file system may not support shared memory.");
        }

        // Durability trade-off: WAL with synchronous=NORMAL already survives a kill -9 of the
        // process, because a commit has reached the WAL file (the OS page cache) before it returns;
        // only an OS crash or power cut could then lose the last commits. FULL also fsyncs the WAL
        // on every commit, so an acknowledged append survives those too, which is what "a crash of
        // the host loses nothing acknowledged" asks of a single-machine store. Group commit is what
        // makes FULL affordable: all the appends of a batch share one fsync. NORMAL is there for
        // operators who choose it knowingly (SqliteDurability.ProcessCrash).
        Scalar(connection, durability == SqliteDurability.ProcessCrash ? "PRAGMA synchronous = NORMAL;" : "PRAGMA synchronous = FULL;");

        var version = (long)(Scalar(connection, "PRAGMA user_version;") ?? 0L);
        if (version > CurrentVersion)
        {
            throw new JournalUnavailableException(
                $"'{connection.DataSource}' has journal schema {version}, newer than this build's {CurrentVersion}.");
        }

        Scalar(connection, CreateTables);
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
