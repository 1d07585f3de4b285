using System.Globalization;
using System.Text;

namespace ConsultHub.Storage.AzureTable;

/// <summary>
/// The journal's key layout. Partition = stream. Row keys: <c>head</c> (the stream's version),
/// <c>event-{version:D19}</c> (zero-padded so keys sort by version), <c>snapshot</c> (the pointer
/// to the current snapshot) and <c>snapshot-{version:D19}-{saveId}-{row:D4}</c> (its chunks).
/// </summary>
internal static class TableKeys
{
    public const string Head = "head";
    public const string SnapshotPointer = "snapshot";
    public const string SnapshotChunkPrefix = "snapshot-";
    public const string EventPrefix = "event-";

    // Keys hold at most 1 KiB; an escaped key is ASCII, so this many characters always fit.
    public const int MaxKeyLength = 512;

    private const char Escape = '~';

    /// <summary>
    /// Escapes every character that is not an ASCII letter, digit, '-', '_' or '.' as ~XXXX. This
    /// covers the characters Azure forbids in keys ('/', '\', '#', '?', control characters) and
    /// those that URLs and filters mangle ('%', '+', quotes), and it is reversible for ListStreams.
    /// </summary>
    public static string PartitionKey(string streamId)
    {
        var key = new StringBuilder(streamId.Length);
        foreach (var c in streamId)
        {
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')
            {
                key.Append(c);
            }
            else
            {
                key.Append(Escape).Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
        }

        if (key.Length > MaxKeyLength)
        {
            throw new ArgumentException(
                $"Stream id '{streamId}' is too long for an Azure Table key ({key.Length} escaped characters, at most {MaxKeyLength}).",
                nameof(streamId));
        }

        return key.ToString();
    }

    public static string StreamId(string partitionKey)
    {
        var id = new StringBuilder(partitionKey.Length);
        for (var i = 0; i < partitionKey.Length; i++)
        {
            if (partitionKey[i] == Escape)
            {
                id.Append((char)int.Parse(partitionKey.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                i += 4;
            }
            else
            {
                id.Append(partitionKey[i]);
            }
        }

        return id.ToString();
    }

    public static string Event(long version) => EventPrefix + version.ToString("D19", CultureInfo.InvariantCulture);

    public static string SnapshotChunks(long version, string saveId) =>
        $"{SnapshotChunkPrefix}{version.ToString("D19", CultureInfo.InvariantCulture)}-{saveId}-";

    public static string SnapshotChunk(long version, string saveId, int row) =>
        SnapshotChunks(version, saveId) + row.ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>Reads the snapshot version and save id back out of a chunk row key.</summary>
    public static (long Version, string SaveId) ParseSnapshotChunk(string rowKey)
    {
        var parts = rowKey[SnapshotChunkPrefix.Length..].Split('-');
        return (long.Parse(parts[0], CultureInfo.InvariantCulture), parts[1]);
    }

    /// <summary>An OData filter for a stream's events with a version above <paramref name="afterVersion"/>.</summary>
    public static string EventsAfterFilter(string partitionKey, long afterVersion) =>
        $"PartitionKey eq '{partitionKey}' and RowKey gt '{Event(afterVersion)}' and RowKey lt '{PrefixEnd(EventPrefix)}'";

    /// <summary>An OData filter for the row keys of one partition that start with <paramref name="prefix"/>.</summary>
    public static string PrefixFilter(string partitionKey, string prefix) => $"PartitionKey eq '{partitionKey}' and RowKey ge '{prefix}' and RowKey lt '{PrefixEnd(prefix)}'";

    // The first string after every key with this prefix: the prefix with its last character bumped.
    private static string PrefixEnd(string prefix) => prefix[..^1] + (char)(prefix[^1] + 1);
}
