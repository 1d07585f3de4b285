namespace ConsultHub.Storage.Sqlite;

/// <summary>Settings of <see cref="SqliteEventJournal"/> (configuration section <c>Storage:Sqlite</c>).</summary>
public sealed class SqliteJournalOptions : IValidatableOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = StorageOptions.SectionName + ":Sqlite";

    /// <summary>The largest accepted <see cref="MaxBatchSize"/>.</summary>
    public const int MaxBatchSizeLimit = 10_000;

    /// <summary>
    /// The database file; a relative path is resolved against the process's working directory.
    /// Its directory is created when missing.
    /// </summary>
    public string Path { get; set; } = "data/hub.db";

    /// <summary>
    /// The most writes the group-commit loop puts in one transaction. Larger batches share one
    /// fsync among more callers; smaller ones bound how long the first caller of a batch waits.
    /// </summary>
    public int MaxBatchSize { get; set; } = 256;

    /// <summary>What an acknowledged append survives; see <see cref="SqliteDurability"/>.</summary>
    public SqliteDurability Durability { get; set; } = SqliteDurability.PowerLoss;

    /// <inheritdoc />
    IEnumerable<string> IValidatableOptions.Validate()
    {
        if (string.IsNullOrWhiteSpace(Path))
        {
            yield return $"{SectionName}:{nameof(Path)} is required.";
        }
        else if (Path.Trim() == ":memory:" || Path.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            yield return $"{SectionName}:{nameof(Path)} must be a file path: '{Path}' is not durable or not a plain file.";
        }
        else if (Path.Contains('\0', StringComparison.Ordinal))
        {
            yield return $"{SectionName}:{nameof(Path)} contains a NUL character.";
        }

        if (MaxBatchSize is < 1 or > MaxBatchSizeLimit)
        {
            yield return $"{SectionName}:{nameof(MaxBatchSize)} is {MaxBatchSize} but must be between 1 and {MaxBatchSizeLimit}.";
        }

        if (!Enum.IsDefined(Durability))
        {
            yield return $"{SectionName}:{nameof(Durability)} is {(int)Durability} but must be {nameof(SqliteDurability.PowerLoss)} or {nameof(SqliteDurability.ProcessCrash)}.";
        }
    }
}
