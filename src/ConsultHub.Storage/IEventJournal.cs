namespace ConsultHub.Storage;

/// <summary>
/// An append-only journal of event streams, one stream per consultation.
/// </summary>
/// <remarks>
/// Concurrency contract: <see cref="AppendAsync"/> succeeds only when the stream's current
/// version equals <c>expectedVersion</c>; otherwise it throws
/// <see cref="JournalConcurrencyException"/> and writes nothing. An append is all-or-nothing:
/// after any failure either every record of the call is durable or none is.
/// Storage that cannot be reached surfaces as <see cref="JournalUnavailableException"/>.
/// </remarks>
public interface IEventJournal
{
    /// <summary>
    /// Appends <paramref name="records"/> to <paramref name="streamId"/>. The records' versions
    /// must run from <c>expectedVersion + 1</c> without gaps. Returns the new stream version once
    /// every record is durable.
    /// </summary>
    /// <remarks>
    /// Bad arguments (an empty stream id, no records, versions that do not run on from
    /// <c>expectedVersion</c>, a record without type or data) throw <see cref="ArgumentException"/>
    /// before anything is written; so do records beyond a provider's documented size limits.
    /// </remarks>
    Task<long> AppendAsync(string streamId, long expectedVersion, IReadOnlyList<JournalRecord> records, CancellationToken cancellationToken = default);

    /// <summary>Reads the records with a version strictly greater than <paramref name="afterVersion"/>, in version order.</summary>
    Task<IReadOnlyList<JournalRecord>> ReadAsync(string streamId, long afterVersion, CancellationToken cancellationToken = default);

    /// <summary>Stores a snapshot; a newer snapshot replaces an older one, an older one is ignored.</summary>
    Task SaveSnapshotAsync(string streamId, JournalSnapshot snapshot, CancellationToken cancellationToken = default);

    /// <summary>Returns the latest snapshot of the stream, or null when there is none.</summary>
    Task<JournalSnapshot?> ReadSnapshotAsync(string streamId, CancellationToken cancellationToken = default);

    /// <summary>Lists the ids of every stream that has at least one record.</summary>
    Task<IReadOnlyList<string>> ListStreamsAsync(CancellationToken cancellationToken = default);
}
