using Microsoft.Data.Sqlite;

namespace ConsultHub.Storage.Sqlite;

/// <summary>An append waiting for group commit; its version check runs inside the batch's transaction.</summary>
internal sealed class AppendRequest(string streamId, long expectedVersion, JournalRecord[] records, CancellationToken cancellationToken)
    : WriteRequest<long>(cancellationToken)
{
    public override bool Apply(SqliteStatements statements)
    {
        var current = statements.ReadVersion(streamId);
        if (current != expectedVersion)
        {
            Reject(new JournalConcurrencyException(streamId, expectedVersion, current));
            return false;
        }

        try
        {
            foreach (var record in records)
            {
                statements.InsertEvent(streamId, record);
            }
        }
        catch (SqliteException exception) when (exception.SqliteErrorCode == SQLitePCL.raw.SQLITE_CONSTRAINT)
        {
            // The primary key on (stream, version) is a second line of defence should the streams
            // table ever lag behind the events; the writer rolls the partial append back.
            Reject(new JournalConcurrencyException(streamId, expectedVersion, null));
            return false;
        }

        var version = records[^1].Version;
        statements.WriteVersion(streamId, version);
        Accept(version);
        return true;
    }
}
