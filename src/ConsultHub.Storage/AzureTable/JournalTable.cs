using System.Net;
using System.Net.Sockets;
using Microsoft.Azure.Cosmos.Table;
using Microsoft.Extensions.Logging;

namespace ConsultHub.Storage.AzureTable;

/// <summary>
/// The journal's one table, with every call's failure translated: a store that cannot be reached
/// becomes <see cref="JournalUnavailableException"/>, a batch refused on a precondition (row key
/// taken, stale ETag) becomes a null result, anything else is a programming error.
/// </summary>
internal sealed class JournalTable
{
    private readonly CloudTable _table;
    private readonly TableRequestOptions _readOptions;
    private readonly TableRequestOptions _writeOptions;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _createLock = new(1, 1);
    private volatile bool _created;

    /// <param name="options">Validated options.</param>
    /// <param name="logger">Where unavailability is reported.</param>
    /// <param name="networkHandler">Sits between the SDK and the network; tests use it to lose requests and responses.</param>
    public JournalTable(AzureTableJournalOptions options, ILogger logger, DelegatingHandler? networkHandler)
    {
        _logger = logger;
        var configuration = new TableClientConfiguration
        {
            RestExecutorConfiguration = new RestExecutorConfiguration
            {
                HttpClientTimeout = options.RequestTimeout,
                DelegatingHandler = networkHandler,
            },
        };
        _table = CloudStorageAccount.Parse(options.ConnectionString)
            .CreateCloudTableClient(configuration)
            .GetTableReference(options.TableName);

        // The table service caps its own timeout at 30 s; the client-side limit covers the rest.
        var serverTimeout = options.RequestTimeout < TimeSpan.FromSeconds(30) ? options.RequestTimeout : TimeSpan.FromSeconds(30);
        _readOptions = new TableRequestOptions
        {
            RetryPolicy = options.MaxAttempts == 1 ? new NoRetry() : new ExponentialRetry(TimeSpan.FromMilliseconds(250), options.MaxAttempts - 1),
            ServerTimeout = serverTimeout,
            MaximumExecutionTime = options.RequestTimeout,
        };

        // Writes are never retried by the SDK: when a first attempt commits but its response is
        // lost, the retry would fail on the rows it just wrote and report a false conflict.
        _writeOptions = new TableRequestOptions
        {
            RetryPolicy = new NoRetry(),
            ServerTimeout = serverTimeout,
            MaximumExecutionTime = options.RequestTimeout,
        };
    }

    public string Name => _table.Name;

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
                await CallAsync("creating the table", () => _table.CreateIfNotExistsAsync(_writeOptions, null, cancellationToken), cancellationToken)
                    .ConfigureAwait(false);
                _created = true;
            }
        }
        finally
        {
            _createLock.Release();
        }
    }

    public async Task<DynamicTableEntity?> RetrieveAsync(string partitionKey, string rowKey, CancellationToken cancellationToken)
    {
        var result = await CallAsync(
            "reading a row",
            () => _table.ExecuteAsync(TableOperation.Retrieve(partitionKey, rowKey), _readOptions, null, cancellationToken),
            cancellationToken).ConfigureAwait(false);
        return result.Result as DynamicTableEntity;
    }

    public async Task<List<DynamicTableEntity>> QueryAsync(string filter, IList<string>? columns, CancellationToken cancellationToken)
    {
        var query = new TableQuery<DynamicTableEntity>().Where(filter);
        if (columns is not null)
        {
            query = query.Select(columns);
        }

        var rows = new List<DynamicTableEntity>();
        TableContinuationToken? continuation = null;
        do
        {
            var segment = await CallAsync(
                "querying rows",
                () => _table.ExecuteQuerySegmentedAsync(query, continuation, _readOptions, null, cancellationToken),
                cancellationToken).ConfigureAwait(false);
            rows.AddRange(segment.Results);
            continuation = segment.ContinuationToken;
        }
        while (continuation is not null);

        return rows;
    }

    /// <summary>Runs an entity-group transaction; null when the store refused it on a precondition.</summary>
    public async Task<IList<TableResult>?> TryExecuteBatchAsync(TableBatchOperation batch, CancellationToken cancellationToken)
    {
        try
        {
            return await CallAsync(
                "writing a batch",
                () => _table.ExecuteBatchAsync(batch, _writeOptions, null, cancellationToken),
                cancellationToken).ConfigureAwait(false);
        }
        catch (StorageException exception) when (IsPreconditionFailure(exception))
        {
            return null;
        }
    }

    private static bool IsPreconditionFailure(StorageException exception) =>
        exception.RequestInformation?.HttpStatusCode is (int)HttpStatusCode.Conflict or (int)HttpStatusCode.PreconditionFailed
        || (exception.RequestInformation?.HttpStatusCode == (int)HttpStatusCode.NotFound && !IsTableMissing(exception));

    private static bool IsTableMissing(StorageException exception) =>
        exception.RequestInformation?.ExtendedErrorInformation?.ErrorCode == "TableNotFound";

    private static bool IsUnavailable(Exception exception) => exception switch
    {
        StorageException storage => storage.RequestInformation?.HttpStatusCode switch
        {
            null or 0 => true,
            (int)HttpStatusCode.RequestTimeout or (int)HttpStatusCode.TooManyRequests => true,
            (int)HttpStatusCode.Unauthorized or (int)HttpStatusCode.Forbidden => true,
            >= 500 => true,
            _ => IsTableMissing(storage),
        },
        HttpRequestException or IOException or SocketException or TimeoutException or TaskCanceledException => true,
        _ => false,
    };

    private async Task<T> CallAsync<T>(string operation, Func<Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (Exception exception) when (cancellationToken.IsCancellationRequested && exception is not OperationCanceledException)
        {
            throw new OperationCanceledException("The journal call was cancelled.", exception, cancellationToken);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested && IsUnavailable(exception))
        {
            AzureTableJournalLog.Unavailable(_logger, _table.Name, operation, exception);
            var status = (exception as StorageException)?.RequestInformation?.HttpStatusCode;
            throw new JournalUnavailableException(
                $"Azure Table '{_table.Name}' is unavailable while {operation} (HTTP status {status?.ToString() ?? "none"}): {exception.Message}",
                exception);
        }
    }
}
