namespace ConsultHub.Storage;

/// <summary>
/// Argument rules every provider applies the same way, so a bad call fails identically
/// whatever store sits behind the journal.
/// </summary>
internal static class JournalArguments
{
    public static void ValidateStreamId(string streamId) =>
        ArgumentException.ThrowIfNullOrEmpty(streamId);

    public static void ValidateAppend(string streamId, long expectedVersion, IReadOnlyList<JournalRecord> records)
    {
        ValidateStreamId(streamId);
        ArgumentOutOfRangeException.ThrowIfNegative(expectedVersion);
        ArgumentNullException.ThrowIfNull(records);
        if (records.Count == 0)
        {
            throw new ArgumentException("An append needs at least one record.", nameof(records));
        }

        for (var i = 0; i < records.Count; i++)
        {
            var record = records[i] ?? throw new ArgumentException($"Record {i} is null.", nameof(records));
            if (record.Version != expectedVersion + 1 + i)
            {
                throw new ArgumentException(
                    $"Record {i} has version {record.Version}; versions must run from {expectedVersion + 1} without gaps.",
                    nameof(records));
            }

            if (string.IsNullOrEmpty(record.Type))
            {
                throw new ArgumentException($"Record {i} has no type.", nameof(records));
            }

            if (record.Data is null)
            {
                throw new ArgumentException($"Record {i} has null data.", nameof(records));
            }
        }
    }

    public static void ValidateSnapshot(string streamId, JournalSnapshot snapshot)
    {
        ValidateStreamId(streamId);
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentOutOfRangeException.ThrowIfNegative(snapshot.Version, nameof(snapshot));
        if (snapshot.Data is null)
        {
            throw new ArgumentException("The snapshot has null data.", nameof(snapshot));
        }
    }
}
