using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace ConsultHub.Storage.Sqlite;

/// <summary>
/// The single owner of the write connection. Writers enqueue requests; one loop drains whatever
/// has queued up into one transaction (group commit), so concurrent appends share one commit and
/// one fsync instead of queueing for SQLite's write lock one by one.
/// </summary>
internal sealed class GroupCommitWriter : IAsyncDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteStatements _statements;
    private readonly int _maxBatchSize;
    private readonly ILogger _logger;
    private readonly Channel<WriteRequest> _queue =
        Channel.CreateUnbounded<WriteRequest>(new UnboundedChannelOptions { SingleReader = true });

    private readonly Task _loop;
    private long _batchesCommitted;

    public GroupCommitWriter(SqliteConnection connection, int maxBatchSize, ILogger logger)
    {
        _connection = connection;
        _statements = new SqliteStatements(connection);
        _maxBatchSize = maxBatchSize;
        _logger = logger;
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Committed transactions so far; tests read it to see that appends really share batches.</summary>
    public long BatchesCommitted => Interlocked.Read(ref _batchesCommitted);

    public void Enqueue(WriteRequest request)
    {
        if (!_queue.Writer.TryWrite(request))
        {
            throw new ObjectDisposedException(nameof(SqliteEventJournal));
        }
    }

    /// <summary>Stops taking requests, commits everything already queued, then closes the connection.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop.ConfigureAwait(false);
        _statements.Dispose();
        await _connection.DisposeAsync().ConfigureAwait(false);
    }

    private async Task RunAsync()
    {
        // Only this loop touches the connection, so batches never interleave. A batch is simply
        // what queued up while the previous one was committing: no timer delays a lone append.
        var batch = new List<WriteRequest>(_maxBatchSize);
        while (await _queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (batch.Count < _maxBatchSize && _queue.Reader.TryRead(out var request))
            {
                if (!request.TryCancel())
                {
                    batch.Add(request);
                }
            }

            if (batch.Count > 0)
            {
                Commit(batch);
                batch.Clear();
            }
        }
    }

    private void Commit(List<WriteRequest> batch)
    {
        try
        {
            _statements.Execute("BEGIN IMMEDIATE;");
            foreach (var request in batch)
            {
                _statements.Execute("SAVEPOINT request;");
                var keep = request.Apply(_statements);
                _statements.Execute(keep ? "RELEASE request;" : "ROLLBACK TO request; RELEASE request;");
            }

            _statements.Execute("COMMIT;");
        }
        catch (Exception exception)
        {
            // Any failure here (I/O error, disk full, a lock held past the busy timeout) may have
            // aborted SQLite's transaction, so nothing of the batch is trusted: every caller hears
            // of it rather than waiting forever.
            SqliteJournalLog.BatchFailed(_logger, batch.Count, exception);
            RollBackQuietly();
            foreach (var request in batch)
            {
                request.Fail(new JournalUnavailableException(
                    $"The SQLite journal at '{_connection.DataSource}' could not commit; nothing of this write was kept.", exception));
            }

            return;
        }

        Interlocked.Increment(ref _batchesCommitted);
        foreach (var request in batch)
        {
            request.Publish();
        }
    }

    private void RollBackQuietly()
    {
        try
        {
            if (_connection.State == System.Data.ConnectionState.Open)
            {
                _statements.Execute("ROLLBACK;");
            }
        }
        catch (SqliteException exception)
        {
            // SQLite has often rolled back by itself already ("no transaction is active").
            SqliteJournalLog.RollbackFailed(_logger, exception);
        }
    }
}
