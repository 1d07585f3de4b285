namespace ConsultHub.Storage.Tests;

/// <summary>How the contract tests drive a journal the way a busy host would.</summary>
internal static class JournalCalls
{
    /// <summary>Appends one record, and on a conflict re-reads the stream and tries again on top of the winner.</summary>
    public static async Task AppendWithRetryAsync(IEventJournal journal, string streamId, string data)
    {
        var expected = 0L;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await journal.AppendAsync(streamId, expected, [Records.One(expected + 1, data)]);
                return;
            }
            catch (JournalConcurrencyException) when (attempt < 50)
            {
                expected = (await journal.ReadAsync(streamId, 0)).Count;
            }
        }
    }

    /// <summary>Null when <paramref name="task"/> succeeds, otherwise what it threw.</summary>
    public static async Task<Exception?> OutcomeAsync(Task task)
    {
        try
        {
            await task;
            return null;
        }
        catch (Exception exception)
        {
            return exception;
        }
    }
}
