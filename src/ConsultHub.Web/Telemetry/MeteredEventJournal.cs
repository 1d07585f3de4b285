using ConsultHub.Storage;

namespace ConsultHub.Web.Telemetry;

/// <summary>
/// Counts durable appends and their sizes on the way through; reads pass straight on. The inner
/// journal stays a service of its own, so the container that made it disposes it.
/// </summary>
public sealed class MeteredEventJournal(IEventJournal inner, HubMetrics metrics) : IEventJournal
{
    /// <inheritdoc/>
    public async Task<long> AppendAsync(string streamId, long expectedVersion, IReadOnlyList<JournalRecord> records, CancellationToken cancellationToken = default)
    {
        var version = await inner.AppendAsync(streamId, expectedVersion, records, cancellationToken);
        metrics.Appended(records.Count);
        return version;
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<JournalRecord>> ReadAsync(string streamId, long afterVersion, CancellationToken cancellationToken = default) =>
        inner.ReadAsync(streamId, afterVersion, cancellationToken);

    /// <inheritdoc/>
    public Task SaveSnapshotAsync(string streamId, JournalSnapshot snapshot, CancellationToken cancellationToken = default) =>
        inner.SaveSnapshotAsync(streamId, snapshot, cancellationToken);

    /// <inheritdoc/>
    public Task<JournalSnapshot?> ReadSnapshotAsync(string streamId, CancellationToken cancellationToken = default) =>
        inner.ReadSnapshotAsync(streamId, cancellationToken);

    /// <inheritdoc/>
    public Task<IReadOnlyList<string>> ListStreamsAsync(CancellationToken cancellationToken = default) =>
        inner.ListStreamsAsync(cancellationToken);
}
