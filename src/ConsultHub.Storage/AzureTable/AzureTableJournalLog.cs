using Microsoft.Extensions.Logging;

namespace ConsultHub.Storage.AzureTable;

internal static partial class AzureTableJournalLog
{
    [LoggerMessage(EventId = 101, Level = LogLevel.Warning, Message = "Azure Table {TableName} unavailable while {Operation}")]
    public static partial void Unavailable(ILogger logger, string tableName, string operation, Exception exception);

    [LoggerMessage(EventId = 102, Level = LogLevel.Warning, Message = "Append to {StreamId} lost its response; checking the store shows it was {Outcome}")]
    public static partial void AppendOutcomeResolved(ILogger logger, string streamId, string outcome);

    [LoggerMessage(EventId = 103, Level = LogLevel.Warning, Message = "Removing superseded snapshot rows of {StreamId} failed; the next snapshot save retries")]
    public static partial void SnapshotCleanupFailed(ILogger logger, string streamId, Exception exception);
}
