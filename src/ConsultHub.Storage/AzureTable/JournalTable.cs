using System.Net;
using System.Net.Sockets;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;

namespace ConsultHub.Storage.AzureTable;

/// <summary>
/// The journal's one table, with every call's failure translated: a store that cannot be reached
/// becomes <see cref="JournalUnavailableException"/>, a batch refused on a precondition (row key
/// taken, stale ETag) becomes a null result, anything else is a programming error.
/// </summary>
internal sealed class JournalTable
{
    private const string TableNotFound = "TableNotFound";
    private static readonly string[] SelectedKeys = ["PartitionKey", "RowKey"];

    private readonly TableClient _reads;
    private readonly TableClient _writes;
    private readonly TimeSpan _requestTimeout;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _createLock = new(1, 1);
    private volatile bool _created;

    /// <param name="options">Validated options.</param>
    /// <param name="logger">Where unavailability is reported.</param>
    /// <param name="networkHandler">Sits between the SDK and the network; tests use it to lose requests and responses.</param>
    public JournalTable(AzureTableJournalOptions options, ILogger logger, DelegatingHandler? networkHandler)
    {
        _logger = logger;
        _requestTimeout = options.RequestTimeout;
        var transport = Transport(networkHandler);
        _reads = new TableClient(options.ConnectionString, options.TableName, ClientOptions(options, options.MaxAttempts - 1, transport));

        // Writes are never retried by the SDK: when a first attempt commits but its response is
        // lost, the retry would fail on the rows it just wrote and report a false conflict.
        _writes = new TableClient(options.ConnectionString, options.TableName, ClientOptions(options, 0, transport));
    }

    public string Name => _writes.Name;

    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        if (_created)
        {
            return;
        }

        await _createLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_created)
            {
                await CallAsync("creating the table", token => _writes.CreateIfNotExistsAsync(token), cancellationToken).ConfigureAwait(false);
                _created = true;
            }
        }
        finally
        {
            _createLock.Release();
        }
    }

    public async Task<TableEntity?> RetrieveAsync(string partitionKey, string rowKey, CancellationToken cancellationToken)
    {
        var result = await CallAsync(
            "reading a row",
            token => _reads.GetEntityIfExistsAsync<TableEntity>(partitionKey, rowKey, cancellationToken: token),
            cancellationToken).ConfigureAwait(false);
        return result.HasValue ? result.Value : null;
    }

    /// <param name="filter">An OData filter.</param>
    /// <param name="columns">The properties to return beside the keys; null for all.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    public async Task<List<TableEntity>> QueryAsync(string filter, IEnumerable<string>? columns, CancellationToken cancellationToken)
    {
        // Unlike Microsoft.Azure.Cosmos.Table, this SDK returns only the selected properties, keys included.
        columns = columns?.Concat(SelectedKeys).Distinct(StringComparer.Ordinal).ToList();
        var rows = new List<TableEntity>();
        string? continuation = null;
        do
        {
            // One page per call, so the request timeout bounds each round trip as it did per segment.
            var page = await CallAsync("querying rows", token => FirstPageAsync(filter, columns, continuation, token), cancellationToken)
                .ConfigureAwait(false);
            rows.AddRange(page.Rows);
            continuation = page.Continuation;
        }
        while (!string.IsNullOrEmpty(continuation));

        return rows;
    }

    /// <summary>Runs an entity-group transaction; null when the store refused it on a precondition.</summary>
    public async Task<IReadOnlyList<Response>?> TryExecuteBatchAsync(IReadOnlyList<TableTransactionAction> batch, CancellationToken cancellationToken)
    {
        try
        {
            var response = await CallAsync("writing a batch", token => _writes.SubmitTransactionAsync(batch, token), cancellationToken)
                .ConfigureAwait(false);
            return response.Value;
        }
        catch (RequestFailedException exception) when (IsPreconditionFailure(exception))
        {
            return null;
        }
    }

    private static HttpPipelineTransport? Transport(DelegatingHandler? networkHandler)
    {
        if (networkHandler is null)
        {
            return null;
        }

        networkHandler.InnerHandler ??= new SocketsHttpHandler();
        return new HttpClientTransport(networkHandler);
    }

    private static TableClientOptions ClientOptions(AzureTableJournalOptions options, int retries, HttpPipelineTransport? transport)
    {
        var clientOptions = new TableClientOptions();
        clientOptions.Retry.MaxRetries = retries;
        clientOptions.Retry.Mode = RetryMode.Exponential;
        clientOptions.Retry.Delay = TimeSpan.FromMilliseconds(250);
        clientOptions.Retry.NetworkTimeout = options.RequestTimeout;
        clientOptions.AddPolicy(new CompactJsonPolicy(), HttpPipelinePosition.PerCall);
        if (transport is not null)
        {
            clientOptions.Transport = transport;
        }

        return clientOptions;
    }

    private async Task<(IReadOnlyList<TableEntity> Rows, string? Continuation)> FirstPageAsync(
        string filter, IEnumerable<string>? columns, string? continuation, CancellationToken cancellationToken)
    {
        var pages = _reads.QueryAsync<TableEntity>(filter, select: columns, cancellationToken: cancellationToken).AsPages(continuation);
        await foreach (var page in pages.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            return (page.Values, page.ContinuationToken);
        }

        return ([], null);
    }

    private static bool IsPreconditionFailure(RequestFailedException exception) =>
        exception.Status is (int)HttpStatusCode.Conflict or (int)HttpStatusCode.PreconditionFailed
        || (exception.Status == (int)HttpStatusCode.NotFound && exception.ErrorCode != TableNotFound);

    private static bool IsUnavailable(Exception exception) => exception switch
    {
        RequestFailedException failed => failed.Status switch
        {
            0 => true,
            (int)HttpStatusCode.RequestTimeout or (int)HttpStatusCode.TooManyRequests => true,
            (int)HttpStatusCode.Unauthorized or (int)HttpStatusCode.Forbidden => true,
            >= 500 => true,
            _ => failed.ErrorCode == TableNotFound,
        },

        // The SDK gathers the failures of its attempts when every retry failed.
        AggregateException aggregate => aggregate.InnerExceptions.Count > 0 && aggregate.InnerExceptions.All(IsUnavailable),
        HttpRequestException or IOException or SocketException or TimeoutException or OperationCanceledException => true,
        _ => false,
    };

    private static int? StatusOf(Exception exception) => exception switch
    {
        RequestFailedException failed => failed.Status,
        AggregateException aggregate => aggregate.InnerExceptions.OfType<RequestFailedException>().LastOrDefault()?.Status,
        _ => null,
    };

    private async Task<T> CallAsync<T>(string operation, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        // Bounds the whole call, retries included; the caller's own cancellation stays a cancellation.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_requestTimeout);
        try
        {
            return await call(timeout.Token).ConfigureAwait(false);
        }
        catch (Exception exception) when (cancellationToken.IsCancellationRequested && exception is not OperationCanceledException)
        {
            throw new OperationCanceledException("The journal call was cancelled.", exception, cancellationToken);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested && IsUnavailable(exception))
        {
            AzureTableJournalLog.Unavailable(_logger, Name, operation, exception);
            var status = StatusOf(exception);
            throw new JournalUnavailableException(
                $"Azure Table '{Name}' is unavailable while {operation} (HTTP status {(status is null or 0 ? "none" : status.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))}): {exception.Message}",
                exception);
        }
    }
}
