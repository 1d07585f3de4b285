using Azure.Data.Tables;

namespace ConsultHub.Storage.AzureTable;

/// <summary>
/// Spreads long text over several string properties (<c>Data0</c>, <c>Data1</c>, ...): a table
/// string property holds at most 64 KiB (32 768 UTF-16 characters) and an entity at most 1 MiB.
/// </summary>
internal static class TextChunks
{
    /// <summary>Characters per property, a little under the 32 768 limit.</summary>
    public const int ChunkLength = 32_000;

    /// <summary>Properties per entity: 15 × 64 000 bytes stays under 1 MiB with room for keys and metadata.</summary>
    public const int ChunksPerEntity = 15;

    /// <summary>The most text one entity carries.</summary>
    public const int MaxEntityText = ChunkLength * ChunksPerEntity;

    private const string PropertyPrefix = "Data";

    /// <summary>Cuts <paramref name="text"/> into chunks, never between the two halves of a surrogate pair.</summary>
    public static List<string> Split(string text)
    {
        var chunks = new List<string>();
        for (var start = 0; start < text.Length;)
        {
            var length = Math.Min(ChunkLength, text.Length - start);
            if (start + length < text.Length && char.IsHighSurrogate(text[start + length - 1]))
            {
                length--;
            }

            chunks.Add(text.Substring(start, length));
            start += length;
        }

        return chunks;
    }

    public static void Write(TableEntity entity, IEnumerable<string> chunks)
    {
        var index = 0;
        foreach (var chunk in chunks)
        {
            entity[PropertyPrefix + index++] = chunk;
        }
    }

    public static string Read(TableEntity entity)
    {
        var chunks = new List<string>();
        while (entity.TryGetValue(PropertyPrefix + chunks.Count, out var chunk))
        {
            chunks.Add(chunk as string ?? string.Empty);
        }

        return string.Concat(chunks);
    }
}
