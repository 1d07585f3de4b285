using Microsoft.Extensions.Logging;

namespace ConsultHub.Storage.Sqlite;

internal static partial class SqliteJournalLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "SQLite event journal opened at {DatabasePath}")]
    public static partial void Opened(ILogger logger, string databasePath);

    [LoggerMessage(EventId = 2, Level = LogLevel.Error, Message = "Group commit of {WriteCount} writes failed; the whole batch was rolled back")]
    public static partial void BatchFailed(ILogger logger, int writeCount, Exception exception);

    [LoggerMessage(EventId = 3, Level = LogLevel.Debug, Message = "Rolling back a failed batch failed too")]
    public static partial void RollbackFailed(ILogger logger, Exception exception);
}
