using ConsultHub.Storage;

namespace ConsultHub.Grains.Tests.Consultations;

/// <summary>
/// Wraps the real journal so a test can make appends fail, lose their acknowledgement, or wait
/// at a gate. Reads and snapshots pass straight through.
/// </summary>
public sealed class ControlledJournal(IEventJournal inner) : IEventJournal
{
    private readonly Lock _gate = new();
    private TaskCompletionSource? _release;
    private TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool _failAppends;
    private volatile bool _loseAcknowledgements;
    private int _snapshotReads;
    private int _appendCalls;

    public IEventJournal Inner => inner;

    /// <summary>Appends throw <see cref="JournalUnavailableException"/> and write nothing, as the contract says.</summary>
    public bool FailAppends
    {
        get => _failAppends;
        set => _failAppends = value;
    }

    /// <summary>Appends are written, then throw <see cref="JournalUnavailableException"/>: a timeout after the
    /// store committed, so the caller cannot know the write happened.</summary>
    public bool LoseAcknowledgements
    {
        get => _loseAcknowledgements;
        set => _loseAcknowledgements = value;
    }

    /// <summary>How many times a snapshot was read: once per activation of a consultation grain.</summary>
    public int SnapshotReads => Volatile.Read(ref _snapshotReads);

    /// <summary>Makes appends wait until <see cref="ReleaseAppends"/>; returns a task that completes when one arrives.</summary>
    public Task HoldAppends()
    {
        lock (_gate)
        {
            _release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _reached.Task;
        }
    }

    public void ReleaseAppends()
    {
        lock (_gate)
        {
            _release?.TrySetResult();
            _release = null;
        }
    }

    /// <summary>Append calls so far, successful or not.</summary>
    public int AppendCalls => Volatile.Read(ref _appendCalls);

    public async Task<long> AppendAsync(string streamId, long expectedVersion, IReadOnlyList<JournalRecord> records, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _appendCalls);
        Task? held;
        lock (_gate)
        {
            held = _release?.Task;
            _reached.TrySetResult();
        }

        if (held is not null)
        {
            await held;
        }

        if (FailAppends)
        {
            throw new JournalUnavailableException("The test made the journal unavailable.");
        }

        var version = await inner.AppendAsync(streamId, expectedVersion, records, cancellationToken);
        return LoseAcknowledgements ? throw new JournalUnavailableException("The test lost the journal's acknowledgement.") : version;
    }

    public Task<IReadOnlyList<JournalRecord>> ReadAsync(string streamId, long afterVersion, CancellationToken cancellationToken = default) =>
        inner.ReadAsync(streamId, afterVersion, cancellationToken);

    public Task SaveSnapshotAsync(string streamId, JournalSnapshot snapshot, CancellationToken cancellationToken = default) =>
        inner.SaveSnapshotAsync(streamId, snapshot, cancellationToken);

    public Task<JournalSnapshot?> ReadSnapshotAsync(string streamId, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _snapshotReads);
        return inner.ReadSnapshotAsync(streamId, cancellationToken);
    }

    public Task<IReadOnlyList<string>> ListStreamsAsync(CancellationToken cancellationToken = default) =>
        inner.ListStreamsAsync(cancellationToken);
}
