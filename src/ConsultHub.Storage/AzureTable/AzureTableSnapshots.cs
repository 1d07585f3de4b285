using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;

namespace ConsultHub.Storage.AzureTable;

/// <summary>
/// Snapshots of any size in a stream's partition. The chunks are written first under row keys
/// unique to this save, then one conditional write of the <c>snapshot</c> pointer row makes them
/// current, so readers see the old snapshot or the new one, never a mix. Chunks that no pointer
/// will reach again are deleted afterwards.
/// </summary>
internal sealed class AzureTableSnapshots(JournalTable table, ILogger logger)
{
    private const string VersionProperty = "Version";
    private const string SaveIdProperty = "SaveId";
    private const string RowsProperty = "Rows";
    private const int MaxReadAttempts = 5;
    private const int MaxBatchOperations = 100;

    public async Task SaveAsync(string streamId, string partitionKey, JournalSnapshot snapshot, CancellationToken cancellationToken)
    {
        var saveId = Guid.NewGuid().ToString("N");
        var rows = ChunkRows(partitionKey, snapshot, saveId);
        var rowsWritten = false;
        while (true)
        {
            var pointer = await table.RetrieveAsync(partitionKey, TableKeys.SnapshotPointer, cancellationToken).ConfigureAwait(false);
            if (pointer is not null && pointer.GetInt64(VersionProperty) >= snapshot.Version)
            {
                await CleanUpAsync(streamId, partitionKey, pointer, cancellationToken).ConfigureAwait(false);
                return;
            }

            if (!rowsWritten)
            {
                await WriteRowsAsync(rows, cancellationToken).ConfigureAwait(false);
                rowsWritten = true;
            }

            var next = new TableEntity(partitionKey, TableKeys.SnapshotPointer)
            {
                [VersionProperty] = snapshot.Version,
                [SaveIdProperty] = saveId,
                [RowsProperty] = rows.Count,
            };
            TableTransactionAction[] flip = pointer is null
                ? [new(TableTransactionActionType.Add, next)]
                : [new(TableTransactionActionType.UpdateReplace, next, pointer.ETag)];

            // A refused flip means another save moved the pointer first: look again.
            if (await table.TryExecuteBatchAsync(flip, cancellationToken).ConfigureAwait(false) is not null)
            {
                await CleanUpAsync(streamId, partitionKey, next, cancellationToken).ConfigureAwait(false);
                return;
            }
        }
    }

    public async Task<JournalSnapshot?> ReadAsync(string streamId, string partitionKey, CancellationToken cancellationToken)
    {
        // A save that lands between reading the pointer and reading its chunks deletes them; the
        // count check notices and the next attempt follows the new pointer.
        for (var attempt = 0; attempt < MaxReadAttempts; attempt++)
        {
            var pointer = await table.RetrieveAsync(partitionKey, TableKeys.SnapshotPointer, cancellationToken).ConfigureAwait(false);
            if (pointer is null)
            {
                return null;
            }

            var version = pointer.GetInt64(VersionProperty)!.Value;
            var expectedRows = pointer.GetInt32(RowsProperty)!.Value;
            if (expectedRows == 0)
            {
                return new JournalSnapshot(version, string.Empty);
            }

            var prefix = TableKeys.SnapshotChunks(version, pointer.GetString(SaveIdProperty));
            var rows = await table.QueryAsync(TableKeys.PrefixFilter(partitionKey, prefix), null, cancellationToken).ConfigureAwait(false);
            if (rows.Count == expectedRows)
            {
                return new JournalSnapshot(version, string.Concat(rows.OrderBy(row => row.RowKey, StringComparer.Ordinal).Select(TextChunks.Read)));
            }
        }

        throw new JournalUnavailableException($"The snapshot of stream '{streamId}' kept changing while it was read.");
    }

    private static List<TableEntity> ChunkRows(string partitionKey, JournalSnapshot snapshot, string saveId) =>
        TextChunks.Split(snapshot.Data)
            .Chunk(TextChunks.ChunksPerEntity)
            .Select((chunks, row) =>
            {
                var entity = new TableEntity(partitionKey, TableKeys.SnapshotChunk(snapshot.Version, saveId, row))
                {
                    [VersionProperty] = snapshot.Version,
                };
                TextChunks.Write(entity, chunks);
                return entity;
            })
            .ToList();

    private async Task WriteRowsAsync(List<TableEntity> rows, CancellationToken cancellationToken)
    {
        var batch = new List<TableTransactionAction>();
        long bytes = 0;
        foreach (var row in rows)
        {
            var rowBytes = PayloadBudget.Estimate(row);
            if (batch.Count > 0 && (batch.Count == MaxBatchOperations || bytes + rowBytes > PayloadBudget.MaxBatchBytes))
            {
                await WriteAsync(batch, cancellationToken).ConfigureAwait(false);
                batch = [];
                bytes = 0;
            }

            batch.Add(new TableTransactionAction(TableTransactionActionType.UpsertReplace, row));
            bytes += rowBytes;
        }

        if (batch.Count > 0)
        {
            await WriteAsync(batch, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task WriteAsync(List<TableTransactionAction> batch, CancellationToken cancellationToken)
    {
        // Chunk rows carry a key no one else writes, so a refusal here is not a conflict to resolve.
        if (await table.TryExecuteBatchAsync(batch, cancellationToken).ConfigureAwait(false) is null)
        {
            throw new InvalidOperationException("Azure Table refused to store snapshot chunks under fresh row keys.");
        }
    }

    /// <summary>
    /// Deletes chunks older than the pointer and those of same-version saves that lost the race.
    /// Newer chunks belong to a save still in flight and are left alone.
    /// </summary>
    private async Task CleanUpAsync(string streamId, string partitionKey, TableEntity pointer, CancellationToken cancellationToken)
    {
        var version = pointer.GetInt64(VersionProperty)!.Value;
        var saveId = pointer.GetString(SaveIdProperty);
        try
        {
            var rows = await table.QueryAsync(TableKeys.PrefixFilter(partitionKey, TableKeys.SnapshotChunkPrefix), [VersionProperty], cancellationToken)
                .ConfigureAwait(false);
            var stale = rows.Where(row =>
            {
                var chunk = TableKeys.ParseSnapshotChunk(row.RowKey);
                return chunk.Version < version || (chunk.Version == version && chunk.SaveId != saveId);
            });
            foreach (var group in stale.Chunk(MaxBatchOperations))
            {
                var batch = group
                    .Select(row => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(partitionKey, row.RowKey), ETag.All))
                    .ToList();

                // Refused when a concurrent clean-up got there first; whatever is left goes next time.
                await table.TryExecuteBatchAsync(batch, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (JournalUnavailableException exception)
        {
            AzureTableJournalLog.SnapshotCleanupFailed(logger, streamId, exception);
        }
    }
}
