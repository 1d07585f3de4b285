namespace ConsultHub.Storage;

/// <summary>Chooses the event journal provider (configuration section <c>Storage</c>).</summary>
public sealed class StorageOptions : IValidatableOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "Storage";

    /// <summary>The embedded SQLite journal, a single file next to the host.</summary>
    public const string SqliteProvider = "Sqlite";

    /// <summary>The Azure Table Storage journal (or any endpoint speaking its protocol, such as Azurite).</summary>
    public const string AzureTableProvider = "AzureTable";

    /// <summary><see cref="SqliteProvider"/> (the default) or <see cref="AzureTableProvider"/>, compared ignoring case.</summary>
    public string Provider { get; set; } = SqliteProvider;

    internal bool IsSqlite => string.Equals(Provider, SqliteProvider, StringComparison.OrdinalIgnoreCase);

    internal bool IsAzureTable => string.Equals(Provider, AzureTableProvider, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    IEnumerable<string> IValidatableOptions.Validate()
    {
        if (!IsSqlite && !IsAzureTable)
        {
            yield return $"{SectionName}:{nameof(Provider)} is '{Provider}' but must be '{SqliteProvider}' or '{AzureTableProvider}'.";
        }
    }
}
