using ConsultHub.Storage;
using ConsultHub.Storage.Sqlite;

namespace ConsultHub.Web.Diagnostics;

/// <summary>Counts what goes through a journal (appends, records, bytes, snapshots) for the benchmarks.</summary>
public sealed class CountingEventJournal(IEventJournal inner) : IEventJournal, IAsyncDisposable
{
    private long _appends;
    private long _records;
    private long _recordBytes;
    private long _snapshots;
    private long _snapshotBytes;

    /// <summary>The counts so far; <c>commits</c> is the SQLite journal's transaction count (null for other journals).</summary>
    public object Read() => new
    {
        appends = Interlocked.Read(ref _appends),
        records = Interlocked.Read(ref _records),
        recordBytes = Interlocked.Read(ref _recordBytes),
        snapshots = Interlocked.Read(ref _snapshots),
        snapshotBytes = Interlocked.Read(ref _snapshotBytes),
        commits = (inner as SqliteEventJournal)?.BatchesCommitted,
    };

    /// <inheritdoc/>
    public async Task<long> AppendAsync(string streamId, long expectedVersion, IReadOnlyList<JournalRecord> records, CancellationToken cancellationToken = default)
    {
        var version = await inner.AppendAsync(streamId, expectedVersion, records, cancellationToken);
        long bytes = 0;
        foreach (var record in records)
        {
            bytes += System.Text.Encoding.UTF8.GetByteCount(record.Data) + record.Type.Length;
        }
        Interlocked.Increment(ref _appends);
        Interlocked.Add(ref _records, records.Count);
        Interlocked.Add(ref _recordBytes, bytes);
        return version;
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<JournalRecord>> ReadAsync(string streamId, long afterVersion, CancellationToken cancellationToken = default) =>
        inner.ReadAsync(streamId, afterVersion, cancellationToken);

    /// <inheritdoc/>
    public async Task SaveSnapshotAsync(string streamId, JournalSnapshot snapshot, CancellationToken cancellationToken = default)
    {
        await inner.SaveSnapshotAsync(streamId, snapshot, cancellationToken);
        Interlocked.Increment(ref _snapshots);
        Interlocked.Add(ref _snapshotBytes, System.Text.Encoding.UTF8.GetByteCount(snapshot.Data));
    }

    /// <inheritdoc/>
    public Task<JournalSnapshot?> ReadSnapshotAsync(string streamId, CancellationToken cancellationToken = default) =>
        inner.ReadSnapshotAsync(streamId, cancellationToken);

    /// <inheritdoc/>
    public Task<IReadOnlyList<string>> ListStreamsAsync(CancellationToken cancellationToken = default) =>
        inner.ListStreamsAsync(cancellationToken);

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        switch (inner)
        {
            case IAsyncDisposable asyncDisposable:
                await asyncDisposable.DisposeAsync();
                break;
            case IDisposable disposable:
                disposable.Dispose();
                break;
        }
    }
}
