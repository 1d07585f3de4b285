using System.Text.RegularExpressions;
using Azure.Data.Tables;

namespace ConsultHub.Storage.AzureTable;

/// <summary>Settings of <see cref="AzureTableEventJournal"/> (configuration section <c>Storage:AzureTable</c>).</summary>
public sealed partial class AzureTableJournalOptions : IValidatableOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = StorageOptions.SectionName + ":AzureTable";

    /// <summary>The storage account's connection string (Azure, or Azurite's table endpoint). Required.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The table holding every stream; created when missing. 3 to 63 letters and digits, starting with a letter.</summary>
    public string TableName { get; set; } = "consulthubevents";

    /// <summary>
    /// How many times a read is tried before the store counts as unavailable; 1 disables retries.
    /// Writes are tried once whatever this says: see <see cref="AzureTableEventJournal"/>.
    /// </summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>The longest one journal call may take, retries included, before it fails as unavailable.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <inheritdoc />
    IEnumerable<string> IValidatableOptions.Validate()
    {
        var key = $"{SectionName}:{nameof(ConnectionString)}";
        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield return $"{key} is required when {StorageOptions.SectionName}:{nameof(StorageOptions.Provider)} is {StorageOptions.AzureTableProvider}.";
        }
        else if (!IsConnectionString(ConnectionString))
        {
            yield return $"{key} is not a valid storage connection string.";
        }

        if (TableName is null || !TableNamePattern().IsMatch(TableName))
        {
            yield return $"{SectionName}:{nameof(TableName)} '{TableName}' must be 3 to 63 letters and digits, starting with a letter.";
        }

        if (MaxAttempts is < 1 or > 10)
        {
            yield return $"{SectionName}:{nameof(MaxAttempts)} is {MaxAttempts} but must be between 1 and 10.";
        }

        if (RequestTimeout < TimeSpan.FromSeconds(1) || RequestTimeout > TimeSpan.FromMinutes(5))
        {
            yield return $"{SectionName}:{nameof(RequestTimeout)} is {RequestTimeout} but must be between 00:00:01 and 00:05:00.";
        }
    }

    // The SDK parses a connection string only by building a client; that touches no network.
    private static bool IsConnectionString(string connectionString)
    {
        try
        {
            _ = new TableServiceClient(connectionString);
            return true;
        }
        catch (Exception exception) when (exception is FormatException or ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{2,62}$")]
    private static partial Regex TableNamePattern();
}
