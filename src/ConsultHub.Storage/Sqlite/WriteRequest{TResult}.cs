namespace ConsultHub.Storage.Sqlite;

/// <summary>A <see cref="WriteRequest"/> whose caller awaits a result of type <typeparamref name="TResult"/>.</summary>
internal abstract class WriteRequest<TResult>(CancellationToken cancellationToken) : WriteRequest(cancellationToken)
{
    // Continuations must not run inline on the writer loop, or one slow caller would stall every batch.
    private readonly TaskCompletionSource<TResult> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TResult? _result;
    private Exception? _rejection;

    public Task<TResult> Task => _completion.Task;

    public override void Publish()
    {
        if (_rejection is null)
        {
            _completion.TrySetResult(_result!);
        }
        else
        {
            _completion.TrySetException(_rejection);
        }
    }

    public override void Fail(Exception error) => _completion.TrySetException(error);

    public override bool TryCancel() =>
        CancellationToken.IsCancellationRequested && _completion.TrySetCanceled(CancellationToken);

    protected void Accept(TResult result) => _result = result;

    protected void Reject(Exception rejection) => _rejection = rejection;
}
