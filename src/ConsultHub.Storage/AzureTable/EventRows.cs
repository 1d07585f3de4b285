using Azure;
using Azure.Data.Tables;

namespace ConsultHub.Storage.AzureTable;

/// <summary>Maps journal records to event rows and stream heads to head rows.</summary>
internal static class EventRows
{
    /// <summary>Event types are short names; this bound keeps a row within its 1 MiB.</summary>
    public const int MaxTypeLength = 1_024;

    public const string VersionProperty = "Version";
    public const string WriteIdProperty = "WriteId";
    private const string TypeProperty = "Type";
    private const string AtProperty = "AtUtcTicks";

    public static TableEntity Event(string partitionKey, JournalRecord record, string? writeId)
    {
        if (record.Type.Length > MaxTypeLength)
        {
            throw new ArgumentException(
                $"Event {record.Version} has a type of {record.Type.Length} characters; the Azure Table journal stores at most {MaxTypeLength}.");
        }

        var chunks = TextChunks.Split(record.Data);
        if (chunks.Count > TextChunks.ChunksPerEntity)
        {
            throw new ArgumentException(
                $"Event {record.Version} has {record.Data.Length} characters of data; the Azure Table journal stores at most {TextChunks.MaxEntityText} per event.");
        }

        var entity = new TableEntity(partitionKey, TableKeys.Event(record.Version))
        {
            [TypeProperty] = record.Type,
        };

        // Ticks, not Edm.DateTime, so the instant round-trips to the 100 ns whatever the store's precision.
        entity[AtProperty] = record.At.UtcTicks;
        if (writeId is not null)
        {
            entity[WriteIdProperty] = writeId;
        }

        TextChunks.Write(entity, chunks);
        return entity;
    }

    public static JournalRecord Record(TableEntity entity) => new(
        long.Parse(entity.RowKey.AsSpan(TableKeys.EventPrefix.Length), System.Globalization.CultureInfo.InvariantCulture),
        entity.GetString(TypeProperty),
        TextChunks.Read(entity),
        new DateTimeOffset(entity.GetInt64(AtProperty)!.Value, TimeSpan.Zero));

    public static TableEntity Head(string partitionKey, long version) => new(partitionKey, TableKeys.Head)
    {
        [VersionProperty] = version,
    };

    /// <summary>The version a head row holds.</summary>
    public static long Version(TableEntity head) => head.GetInt64(VersionProperty)!.Value;
}
