using ConsultHub.Domain.Serialization;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultHub.Testing.Client;

/// <summary>
/// A connection to the consultation hub as one key or token holder, recording every event it
/// receives (an <c>event</c> message, or each of an <c>events</c> message's) in arrival order. It is the .NET SignalR client as an app would use it: negotiation,
/// then WebSockets, the credential sent by the client's access token provider.
/// </summary>
public sealed class HubClient : IAsyncDisposable
{
    /// <summary>Where the hub lives, relative to the server's address.</summary>
    public const string HubPath = "/hubs/consultation";

    private static readonly TimeSpan PaceDelay = TimeSpan.FromMilliseconds(100);

    private readonly Lock _gate = new();
    private readonly List<HubEvent> _events = [];
    private readonly List<(Func<HubEvent, bool> Match, TaskCompletionSource<HubEvent> Found)> _waiters = [];
    private readonly TaskCompletionSource<string> _removed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<Exception?> _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _messages;

    private HubClient(HubConnection connection)
    {
        Connection = connection;
        connection.On<HubEvent>("Event", e =>
        {
            Interlocked.Increment(ref _messages);
            OnEvent(e);
        });
        connection.On<HubEvent[]>("Events", events =>
        {
            Interlocked.Increment(ref _messages);
            Array.ForEach(events, OnEvent);
        });
        connection.On<string>("Removed", id => _removed.TrySetResult(id));
        connection.Closed += error =>
        {
            _closed.TrySetResult(error);
            return Task.CompletedTask;
        };
    }

    /// <summary>The underlying SignalR connection.</summary>
    public HubConnection Connection { get; }

    /// <summary>Completes with the consultation id when the server says this participant was removed.</summary>
    public Task<string> Removed => _removed.Task;

    /// <summary>Completes (with the error, if any) when the connection closes.</summary>
    public Task<Exception?> Closed => _closed.Task;

    /// <summary>How many <c>event</c> and <c>events</c> messages arrived (an <c>events</c> message carries several events).</summary>
    public int EventMessages => Volatile.Read(ref _messages);

    /// <summary>Every event received so far, in arrival order.</summary>
    public IReadOnlyList<HubEvent> Events
    {
        get
        {
            lock (_gate)
            {
                return [.. _events];
            }
        }
    }

    /// <summary>A hub connection for <paramref name="server"/> (http or https) with an optional key or token, not started.</summary>
    public static HubConnection CreateConnection(Uri server, string? accessToken)
    {
        ArgumentNullException.ThrowIfNull(server);
        return new HubConnectionBuilder()
            .WithUrl(new Uri(server, HubPath), options =>
            {
                // WebSockets only, as before: a fallback to long polling would hide a broken upgrade.
                options.Transports = HttpTransportType.WebSockets;
                if (accessToken is not null)
                {
                    options.AccessTokenProvider = () => Task.FromResult<string?>(accessToken);
                }
            })
            .AddJsonProtocol(options => DomainJson.Configure(options.PayloadSerializerOptions))
            .Build();
    }

    /// <summary>The WebSocket address of the hub with the credential as <c>access_token</c>, for the raw-frame clients that skip negotiation.</summary>
    public static Uri HubUri(Uri server, string? accessToken)
    {
        ArgumentNullException.ThrowIfNull(server);
        var uri = new UriBuilder(new Uri(server, HubPath))
        {
            Scheme = server.Scheme == Uri.UriSchemeHttps ? "wss" : "ws",
            Query = accessToken is null ? "" : $"access_token={Uri.EscapeDataString(accessToken)}",
        };
        return uri.Uri;
    }

    /// <summary>Connects and starts a client.</summary>
    public static async Task<HubClient> ConnectAsync(Uri server, string? accessToken, CancellationToken cancellationToken = default)
    {
        var client = new HubClient(CreateConnection(server, accessToken));
        try
        {
            await client.Connection.StartAsync(cancellationToken);
        }
        catch
        {
            await client.DisposeAsync();
            throw;
        }
        return client;
    }

    /// <summary>Watches a consultation: its view, or the events after <paramref name="sinceVersion"/>.</summary>
    public Task<WatchReply> WatchAsync(string consultationId, long? sinceVersion = null, CancellationToken cancellationToken = default) =>
        Connection.InvokeAsync<WatchReply>("Watch", consultationId, sinceVersion, cancellationToken);

    /// <summary>Invokes a command; a refusal throws a <see cref="HubException"/> (see <see cref="HubErrors"/>).</summary>
    public Task<HubReply> SendAsync(string method, params object?[] args) =>
        Connection.InvokeCoreAsync<HubReply>(method, args);

    /// <summary>
    /// Invokes a command, waiting and retrying while the hub answers <c>rate-limited</c> (its
    /// per-connection call budget refills every second), for at most <paramref name="patience"/>
    /// (10 s by default). Other refusals throw at once.
    /// </summary>
    public async Task<HubReply> SendPacedAsync(string method, object?[] args, TimeSpan? patience = null)
    {
        var deadline = DateTime.UtcNow + (patience ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            try
            {
                return await SendAsync(method, args);
            }
            catch (HubException ex) when (HubErrors.Code(ex) == "rate-limited" && DateTime.UtcNow < deadline)
            {
                await Task.Delay(PaceDelay);
            }
        }
    }

    /// <summary>The first event, already received or still to come, that matches.</summary>
    public Task<HubEvent> EventAsync(Func<HubEvent, bool> match, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(match);
        TaskCompletionSource<HubEvent> found;
        lock (_gate)
        {
            if (_events.Find(e => match(e)) is { } seen)
            {
                return Task.FromResult(seen);
            }
            found = new TaskCompletionSource<HubEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((match, found));
        }
        return found.Task.WaitAsync(timeout);
    }

    /// <summary>Waits until an event at or past <paramref name="version"/> arrived.</summary>
    public Task<HubEvent> VersionAsync(long version, TimeSpan timeout) => EventAsync(e => e.Version >= version, timeout);

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => Connection.DisposeAsync();

    private void OnEvent(HubEvent e)
    {
        List<TaskCompletionSource<HubEvent>> matched = [];
        lock (_gate)
        {
            _events.Add(e);
            for (var i = _waiters.Count - 1; i >= 0; i--)
            {
                if (_waiters[i].Match(e))
                {
                    matched.Add(_waiters[i].Found);
                    _waiters.RemoveAt(i);
                }
            }
        }
        foreach (var waiter in matched)
        {
            waiter.TrySetResult(e);
        }
    }
}
