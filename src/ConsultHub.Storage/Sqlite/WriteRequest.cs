namespace ConsultHub.Storage.Sqlite;

/// <summary>One caller's write, waiting in the group-commit queue until the writer loop takes it into a batch.</summary>
internal abstract class WriteRequest(CancellationToken cancellationToken)
{
    /// <summary>Honoured until the request joins a batch; from then on its outcome is the batch's.</summary>
    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>
    /// Writes inside the batch's transaction, under a savepoint of its own. Returns false when the
    /// request refused itself (a version conflict): the writer then rolls back to the savepoint so
    /// the other requests of the batch are unaffected.
    /// </summary>
    public abstract bool Apply(SqliteStatements statements);

    /// <summary>Called once the batch has committed: completes the caller's task with its own outcome.</summary>
    public abstract void Publish();

    /// <summary>The batch failed as a whole; nothing of this request was kept.</summary>
    public abstract void Fail(Exception error);

    /// <summary>Cancels the caller's task when the caller gave up before the request joined a batch.</summary>
    public abstract bool TryCancel();
}
