using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ConsultHub.Storage.Sqlite;

/// <summary>
/// The writer connection's statements, prepared once and reused for every batch: the writer loop
/// is their only user, so they need no locking.
/// </summary>
internal sealed class SqliteStatements : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _readVersion;
    private readonly SqliteCommand _writeVersion;
    private readonly SqliteCommand _insertEvent;
    private readonly SqliteCommand _saveSnapshot;
    private readonly Dictionary<string, SqliteCommand> _fixed = new(StringComparer.Ordinal);

    public SqliteStatements(SqliteConnection connection)
    {
        _connection = connection;
        _readVersion = Prepare("SELECT version FROM streams WHERE stream = $stream;", "$stream");
        _writeVersion = Prepare(
            "INSERT INTO streams (stream, version) VALUES ($stream, $version) ON CONFLICT (stream) DO UPDATE SET version = excluded.version;",
            "$stream", "$version");
        _insertEvent = Prepare(
            "INSERT INTO events (stream, version, type, data, at) VALUES ($stream, $version, $type, $data, $at);",
            "$stream", "$version", "$type", "$data", "$at");

        // The WHERE clause makes "newer replaces older, older is ignored" a property of the store.
        _saveSnapshot = Prepare(
            """
            INSERT INTO snapshots (stream, version, data) VALUES ($stream, $version, $data)
            ON CONFLICT (stream) DO UPDATE SET version = excluded.version, data = excluded.data
            WHERE excluded.version > snapshots.version;
            """,
            "$stream", "$version", "$data");
    }

    /// <summary>Runs a fixed statement (BEGIN, COMMIT, savepoints), prepared on first use and kept.</summary>
    public void Execute(string sql)
    {
        if (!_fixed.TryGetValue(sql, out var command))
        {
            command = Prepare(sql);
            _fixed[sql] = command;
        }
        command.ExecuteNonQuery();
    }

    public long ReadVersion(string streamId)
    {
        _readVersion.Parameters[0].Value = streamId;
        return _readVersion.ExecuteScalar() is long version ? version : 0;
    }

    public void WriteVersion(string streamId, long version)
    {
        _writeVersion.Parameters[0].Value = streamId;
        _writeVersion.Parameters[1].Value = version;
        _writeVersion.ExecuteNonQuery();
    }

    public void InsertEvent(string streamId, JournalRecord record)
    {
        _insertEvent.Parameters[0].Value = streamId;
        _insertEvent.Parameters[1].Value = record.Version;
        _insertEvent.Parameters[2].Value = record.Type;
        _insertEvent.Parameters[3].Value = record.Data;
        _insertEvent.Parameters[4].Value = FormatAt(record.At);
        _insertEvent.ExecuteNonQuery();
    }

    public void SaveSnapshot(string streamId, JournalSnapshot snapshot)
    {
        _saveSnapshot.Parameters[0].Value = streamId;
        _saveSnapshot.Parameters[1].Value = snapshot.Version;
        _saveSnapshot.Parameters[2].Value = snapshot.Data;
        _saveSnapshot.ExecuteNonQuery();
    }

    public void Dispose()
    {
        _readVersion.Dispose();
        _writeVersion.Dispose();
        _insertEvent.Dispose();
        _saveSnapshot.Dispose();
        foreach (var command in _fixed.Values)
        {
            command.Dispose();
        }
    }

    // ISO 8601 in UTC with 100 ns digits: exact round trip, and readable from the sqlite3 shell.
    internal static string FormatAt(DateTimeOffset at) =>
        at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    internal static DateTimeOffset ParseAt(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    private SqliteCommand Prepare(string sql, params string[] parameterNames)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameterNames)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        command.Prepare();
        return command;
    }
}
