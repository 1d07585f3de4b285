namespace ConsultHub.Storage.Sqlite;

/// <summary>A snapshot save; it rides the same group-commit queue because SQLite admits one writer at a time.</summary>
internal sealed class SnapshotRequest(string streamId, JournalSnapshot snapshot, CancellationToken cancellationToken)
    : WriteRequest<bool>(cancellationToken)
{
    public override bool Apply(SqliteStatements statements)
    {
        statements.SaveSnapshot(streamId, snapshot);
        Accept(true);
        return true;
    }
}
