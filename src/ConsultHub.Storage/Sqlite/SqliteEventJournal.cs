using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ConsultHub.Storage.Sqlite;

/// <summary>
/// The embedded event journal: one SQLite database file in WAL mode. Appends and snapshot saves
/// go through a single writer loop that commits concurrent writes together (group commit); each
/// caller's task completes only after the transaction holding its write has committed and been
/// fsynced. Reads use their own pooled connections and never wait for the writer.
/// </summary>
/// <remarks>
/// One journal instance should own a file; a second instance (or process) on the same file is safe
/// but contends for SQLite's write lock. Dispose the journal to commit queued writes and close the file.
/// </remarks>
public sealed class SqliteEventJournal : IEventJournal, IAsyncDisposable, IDisposable
{
    private readonly string _connectionString;
    private readonly GroupCommitWriter _writer;
    private int _disposed;

    /// <summary>Opens (or creates) the database file, its directory and its tables.</summary>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    /// <exception cref="JournalUnavailableException">The file cannot be opened or set up.</exception>
    public SqliteEventJournal(SqliteJournalOptions options, ILogger<SqliteEventJournal>? logger = null)
    {
        SelfValidation<SqliteJournalOptions>.ThrowIfInvalid(options);
        ILogger log = logger ?? NullLogger<SqliteEventJournal>.Instance;
        DatabasePath = System.IO.Path.GetFullPath(options.Path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
        }.ToString();

        var connection = Open(DatabasePath, options.Durability);
        _writer = new GroupCommitWriter(connection, options.MaxBatchSize, log);
        SqliteJournalLog.Opened(log, DatabasePath);
    }

    /// <summary>The absolute path of the database file.</summary>
    public string DatabasePath { get; }

    /// <summary>Transactions committed so far (each holds one or more appends): benchmarks divide it by commands.</summary>
    public long BatchesCommitted => _writer.BatchesCommitted;

    /// <inheritdoc />
    /// <remarks>
    /// Cancellation is honoured while the append waits in the queue; once it has joined a batch
    /// the call completes with the batch's outcome.
    /// </remarks>
    public Task<long> AppendAsync(string streamId, long expectedVersion, IReadOnlyList<JournalRecord> records, CancellationToken cancellationToken = default)
    {
        JournalArguments.ValidateAppend(streamId, expectedVersion, records);
        ThrowIfDisposed();
        var request = new AppendRequest(streamId, expectedVersion, [.. records], cancellationToken);
        _writer.Enqueue(request);
        return request.Task;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<JournalRecord>> ReadAsync(string streamId, long afterVersion, CancellationToken cancellationToken = default)
    {
        JournalArguments.ValidateStreamId(streamId);
        return QueryAsync<IReadOnlyList<JournalRecord>>(
            "SELECT version, type, data, at FROM events WHERE stream = $stream AND version > $after ORDER BY version;",
            command =>
            {
                command.Parameters.AddWithValue("$stream", streamId);
                command.Parameters.AddWithValue("$after", afterVersion);
            },
            reader =>
            {
                var records = new List<JournalRecord>();
                while (reader.Read())
                {
                    records.Add(new JournalRecord(
                        reader.GetInt64(0), reader.GetString(1), reader.GetString(2), SqliteStatements.ParseAt(reader.GetString(3))));
                }

                return records;
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task SaveSnapshotAsync(string streamId, JournalSnapshot snapshot, CancellationToken cancellationToken = default)
    {
        JournalArguments.ValidateSnapshot(streamId, snapshot);
        ThrowIfDisposed();
        var request = new SnapshotRequest(streamId, snapshot, cancellationToken);
        _writer.Enqueue(request);
        await request.Task.ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<JournalSnapshot?> ReadSnapshotAsync(string streamId, CancellationToken cancellationToken = default)
    {
        JournalArguments.ValidateStreamId(streamId);
        return QueryAsync(
            "SELECT version, data FROM snapshots WHERE stream = $stream;",
            command => command.Parameters.AddWithValue("$stream", streamId),
            reader => reader.Read() ? new JournalSnapshot(reader.GetInt64(0), reader.GetString(1)) : null,
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<string>> ListStreamsAsync(CancellationToken cancellationToken = default) =>
        QueryAsync<IReadOnlyList<string>>(
            "SELECT stream FROM streams ORDER BY stream;",
            _ => { },
            reader =>
            {
                var streams = new List<string>();
                while (reader.Read())
                {
                    streams.Add(reader.GetString(0));
                }

                return streams;
            },
            cancellationToken);

    /// <summary>Commits every write already queued, then closes the database file.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _writer.DisposeAsync().ConfigureAwait(false);

        // Pooled reader connections would otherwise keep the file open after the journal is gone.
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }

    /// <summary>
    /// Same as <see cref="DisposeAsync"/>, for containers that dispose synchronously; the writer
    /// loop runs on the thread pool, so blocking here cannot deadlock it.
    /// </summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private SqliteConnection Open(string path, SqliteDurability durability)
    {
        try
        {
            var directory = System.IO.Path.GetDirectoryName(path);
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }

            var connection = new SqliteConnection(_connectionString);
            try
            {
                connection.Open();
                SqliteSchema.Initialize(connection, durability);
                return connection;
            }
            catch
            {
                connection.Dispose();
                throw;
            }
        }
        catch (Exception exception) when (exception is SqliteException or IOException or UnauthorizedAccessException)
        {
            throw new JournalUnavailableException($"The SQLite journal at '{path}' cannot be opened: {exception.Message}", exception);
        }
    }

    private async Task<T> QueryAsync<T>(string sql, Action<SqliteCommand> bind, Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
    {
        ThrowIfDisposed();
        try
        {
            await using var connection = new SqliteConnection(_connectionString);
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            bind(command);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            return read(reader);
        }
        catch (SqliteException exception)
        {
            throw new JournalUnavailableException($"The SQLite journal at '{DatabasePath}' cannot be read: {exception.Message}", exception);
        }
    }

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) == 1, this);
}
