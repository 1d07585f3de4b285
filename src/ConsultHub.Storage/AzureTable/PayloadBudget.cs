using Azure.Data.Tables;

namespace ConsultHub.Storage.AzureTable;

/// <summary>
/// Keeps entity-group transactions under Azure's 4 MiB request limit, which Azurite does not
/// enforce: estimates are deliberately pessimistic so a batch that passes here passes in Azure.
/// </summary>
internal static class PayloadBudget
{
    /// <summary>What one batch may carry, leaving room for the multipart envelope of up to 100 operations.</summary>
    public const long MaxBatchBytes = 3_500_000;

    /// <summary>Keys, property names, types and per-operation headers of one entity.</summary>
    public const long EntityOverheadBytes = 2_048;

    // A TableEntity lists its keys among its properties; EntityOverheadBytes already counts them.
    private static readonly HashSet<string> Keys = new(StringComparer.Ordinal) { "PartitionKey", "RowKey" };

    /// <summary>The most bytes <paramref name="entity"/> can add to a batch.</summary>
    public static long Estimate(TableEntity entity) =>
        EntityOverheadBytes + entity
            .Where(property => !Keys.Contains(property.Key))
            .Sum(property => property.Value is string text ? Estimate(text) : 32);

    /// <summary>The most bytes <paramref name="text"/> can take once UTF-8 and JSON encoded.</summary>
    public static long Estimate(string text)
    {
        long bytes = 0;
        foreach (var c in text)
        {
            bytes += c switch
            {
                '"' or '\\' => 2,
                < ' ' => 6,
                < (char)0x80 => 1,
                _ => 3,
            };
        }

        return bytes;
    }
}
