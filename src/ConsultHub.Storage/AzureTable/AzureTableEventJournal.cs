using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ConsultHub.Storage.AzureTable;

/// <summary>
/// The event journal on Azure Table Storage: one table, one partition per stream. An append is one
/// entity-group transaction holding the event rows and the stream's <c>head</c> row (its version),
/// the head inserted for a new stream and replaced under its ETag otherwise, so the store's own
/// checks (row key taken, ETag stale) decide conflicts, and the transaction makes them all-or-nothing.
/// </summary>
/// <remarks>
/// <para>Limits, refused with <see cref="ArgumentException"/> before anything is sent: at most
/// <see cref="MaxRecordsPerAppend"/> records per append (Azure's 100 operations per transaction,
/// one of them the head; splitting would break all-or-nothing, so the caller splits into several
/// appends with their own expected versions), at most 480 000 characters of data per event (chunked
/// over 15 properties of 32 000), and about 3.5 MB per append. Snapshots have no size limit: they
/// are chunked over as many rows as they need.</para>
/// <para>Writes are sent once. When a write's response is lost (timeout, dropped connection, 5xx),
/// the journal reads back the first event row to learn whether the append was stored and answers
/// accordingly; if even that read fails, <see cref="JournalUnavailableException"/> says the outcome
/// is unknown, and retrying with the same expected version either succeeds or conflicts.</para>
/// </remarks>
public sealed class AzureTableEventJournal : IEventJournal
{
    /// <summary>The most records one append may carry.</summary>
    public const int MaxRecordsPerAppend = 99;

    private readonly JournalTable _table;
    private readonly AzureTableSnapshots _snapshots;
    private readonly ILogger _logger;

    // Saves reading the head row before each append of a stream this process wrote last, the usual
    // case with one grain per stream. A stale entry is harmless: its ETag no longer matches and
    // the store refuses the append as the conflict it is.
    private readonly ConcurrentDictionary<string, StreamHead> _heads = new(StringComparer.Ordinal);

    /// <summary>Prepares the client; the table is created on first use.</summary>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public AzureTableEventJournal(AzureTableJournalOptions options, ILogger<AzureTableEventJournal>? logger = null)
        : this(options, logger, networkHandler: null)
    {
    }

    internal AzureTableEventJournal(AzureTableJournalOptions options, ILogger<AzureTableEventJournal>? logger, DelegatingHandler? networkHandler)
    {
        SelfValidation<AzureTableJournalOptions>.ThrowIfInvalid(options);
        _logger = logger ?? NullLogger<AzureTableEventJournal>.Instance;
        _table = new JournalTable(options, _logger, networkHandler);
        _snapshots = new AzureTableSnapshots(_table, _logger);
    }

    /// <inheritdoc />
    public async Task<long> AppendAsync(string streamId, long expectedVersion, IReadOnlyList<JournalRecord> records, CancellationToken cancellationToken = default)
    {
        JournalArguments.ValidateAppend(streamId, expectedVersion, records);
        if (records.Count > MaxRecordsPerAppend)
        {
            throw new ArgumentException(
                $"An append to the Azure Table journal carries at most {MaxRecordsPerAppend} records, not {records.Count}: one transaction holds 100 operations, one of them the stream head. Split it into several appends.",
                nameof(records));
        }

        var partitionKey = TableKeys.PartitionKey(streamId);
        var writeId = Guid.NewGuid().ToString("N");
        var events = records.Select((record, i) => EventRows.Event(partitionKey, record, i == 0 ? writeId : null)).ToList();
        var bytes = events.Sum(PayloadBudget.Estimate);
        if (bytes > PayloadBudget.MaxBatchBytes)
        {
            throw new ArgumentException(
                $"The append may take {bytes} bytes on the wire; one Azure Table transaction carries at most {PayloadBudget.MaxBatchBytes}. Split it into several appends.",
                nameof(records));
        }

        await _table.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var etag = await HeadETagAsync(streamId, partitionKey, expectedVersion, cancellationToken).ConfigureAwait(false);
        var version = expectedVersion + records.Count;
        var head = EventRows.Head(partitionKey, version);
        var batch = new List<TableTransactionAction>(events.Count + 1)
        {
            etag is { } current
                ? new(TableTransactionActionType.UpdateReplace, head, current)
                : new(TableTransactionActionType.Add, head),
        };
        batch.AddRange(events.Select(row => new TableTransactionAction(TableTransactionActionType.Add, row)));

        IReadOnlyList<Response>? results;
        try
        {
            results = await _table.TryExecuteBatchAsync(batch, cancellationToken).ConfigureAwait(false);
        }
        catch (JournalUnavailableException unavailable)
        {
            _heads.TryRemove(partitionKey, out _);
            return await ResolveLostAppendAsync(streamId, partitionKey, expectedVersion, version, writeId, unavailable, cancellationToken)
                .ConfigureAwait(false);
        }

        if (results is null)
        {
            _heads.TryRemove(partitionKey, out _);
            throw new JournalConcurrencyException(streamId, expectedVersion, null);
        }

        if (results[0].Headers.ETag is { } newETag)
        {
            _heads[partitionKey] = new StreamHead(version, newETag);
        }

        return version;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<JournalRecord>> ReadAsync(string streamId, long afterVersion, CancellationToken cancellationToken = default)
    {
        JournalArguments.ValidateStreamId(streamId);
        var partitionKey = TableKeys.PartitionKey(streamId);
        await _table.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var rows = await _table.QueryAsync(TableKeys.EventsAfterFilter(partitionKey, Math.Max(afterVersion, 0)), null, cancellationToken)
            .ConfigureAwait(false);
        return rows.Select(EventRows.Record).OrderBy(record => record.Version).ToList();
    }

    /// <inheritdoc />
    public async Task SaveSnapshotAsync(string streamId, JournalSnapshot snapshot, CancellationToken cancellationToken = default)
    {
        JournalArguments.ValidateSnapshot(streamId, snapshot);
        var partitionKey = TableKeys.PartitionKey(streamId);
        await _table.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        await _snapshots.SaveAsync(streamId, partitionKey, snapshot, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<JournalSnapshot?> ReadSnapshotAsync(string streamId, CancellationToken cancellationToken = default)
    {
        JournalArguments.ValidateStreamId(streamId);
        var partitionKey = TableKeys.PartitionKey(streamId);
        await _table.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        return await _snapshots.ReadAsync(streamId, partitionKey, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    /// <remarks>Scans the table for head rows: meant for start-up and administration, not for every request.</remarks>
    public async Task<IReadOnlyList<string>> ListStreamsAsync(CancellationToken cancellationToken = default)
    {
        await _table.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var heads = await _table.QueryAsync($"RowKey eq '{TableKeys.Head}'", [EventRows.VersionProperty], cancellationToken)
            .ConfigureAwait(false);
        return heads.Select(head => TableKeys.StreamId(head.PartitionKey)).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The head's ETag when the stream is at <paramref name="expectedVersion"/>; null for a new stream.</summary>
    private async Task<ETag?> HeadETagAsync(string streamId, string partitionKey, long expectedVersion, CancellationToken cancellationToken)
    {
        if (_heads.TryGetValue(partitionKey, out var known))
        {
            if (known.Version == expectedVersion)
            {
                return known.ETag;
            }

            // Versions only grow, so the store is at least where this process last saw it.
            if (known.Version > expectedVersion)
            {
                throw new JournalConcurrencyException(streamId, expectedVersion, null);
            }
        }

        // A new stream's head is inserted; if it exists after all, the insert is refused.
        if (expectedVersion == 0)
        {
            return null;
        }

        var head = await _table.RetrieveAsync(partitionKey, TableKeys.Head, cancellationToken).ConfigureAwait(false);
        var actual = head is null ? 0 : EventRows.Version(head);
        if (head is null || actual != expectedVersion)
        {
            throw new JournalConcurrencyException(streamId, expectedVersion, actual);
        }

        return head.ETag;
    }

    private async Task<long> ResolveLostAppendAsync(
        string streamId, string partitionKey, long expectedVersion, long version, string writeId, JournalUnavailableException unavailable, CancellationToken cancellationToken)
    {
        TableEntity? first;
        try
        {
            first = await _table.RetrieveAsync(partitionKey, TableKeys.Event(expectedVersion + 1), cancellationToken).ConfigureAwait(false);
        }
        catch (JournalUnavailableException)
        {
            throw new JournalUnavailableException(
                $"{unavailable.Message} Whether the append to '{streamId}' was stored is unknown: retrying it with expected version {expectedVersion} either succeeds or raises {nameof(JournalConcurrencyException)}.",
                unavailable);
        }

        if (first is null)
        {
            ExceptionDispatchInfo.Throw(unavailable);
        }

        var stored = first.TryGetValue(EventRows.WriteIdProperty, out var id) && id as string == writeId;
        AzureTableJournalLog.AppendOutcomeResolved(_logger, streamId, stored ? "stored" : "beaten by another append");
        return stored ? version : throw new JournalConcurrencyException(streamId, expectedVersion, null);
    }
}
