using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using ConsultHub.Testing.Client;

namespace ConsultHub.Web.Tests.Trust.Fixtures;

/// <summary>
/// The SignalR JSON protocol by hand over one <see cref="ClientWebSocket"/>, so tests can send what no
/// typed client would: wrong types, nulls, missing and extra arguments, unknown message types, oversized
/// and malformed frames. Invocations may be pipelined; each completes when its completion message arrives,
/// or with <see cref="RawCompletion.ConnectionClosed"/> when the connection ends first.
/// </summary>
public sealed class RawHubSocket : IAsyncDisposable
{
    /// <summary>The SignalR JSON record separator.</summary>
    public const char RecordSeparator = '\u001e';

    private readonly ClientWebSocket _socket;
    private readonly SemaphoreSlim _sending = new(1, 1);
    private readonly ConcurrentDictionary<string, TaskCompletionSource<RawCompletion>> _pending = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource<string?> _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task _receiving = Task.CompletedTask;
    private long _nextId;

    private RawHubSocket(ClientWebSocket socket) => _socket = socket;

    /// <summary>Completes when the connection ends, with the close message's error if the server sent one.</summary>
    public Task<string?> Closed => _closed.Task;

    /// <summary>Connects with a key, a token or nothing, and completes the JSON protocol handshake.</summary>
    public static async Task<RawHubSocket> ConnectAsync(Uri server, string? credential)
    {
        var socket = new ClientWebSocket();
        try
        {
            await socket.ConnectAsync(HubClient.HubUri(server, credential), CancellationToken.None);
            var raw = new RawHubSocket(socket);
            await raw.SendTextAsync("{\"protocol\":\"json\",\"version\":1}" + RecordSeparator);
            var (handshake, rest) = await raw.ReadHandshakeAsync();
            if (handshake.Contains("\"error\"", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"Handshake refused: {handshake}");
            }
            raw._receiving = raw.ReceiveAsync(rest);
            return raw;
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>Invokes <paramref name="target"/> with <paramref name="argumentsJson"/> (a JSON array, sent as is).</summary>
    public Task<RawCompletion> InvokeAsync(string target, string argumentsJson)
    {
        var id = NextId();
        var frame = $"{{\"type\":1,\"invocationId\":\"{id}\",\"target\":{JsonSerializer.Serialize(target)},\"arguments\":{argumentsJson}}}";
        return SendAwaitingAsync(id, frame);
    }

    /// <summary>Sends a whole message (without the separator) that expects a completion for <paramref name="invocationId"/>.</summary>
    public Task<RawCompletion> SendAwaitingAsync(string invocationId, string message)
    {
        var completion = new TaskCompletionSource<RawCompletion>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[invocationId] = completion;
        if (_closed.Task.IsCompleted)
        {
            Fail(invocationId);
            return completion.Task;
        }
        return SendThenAwaitAsync(invocationId, message + RecordSeparator, completion.Task);
    }

    /// <summary>Sends text exactly as given (it may hold no, one or many separators).</summary>
    public async Task SendTextAsync(string text)
    {
        await _sending.WaitAsync();
        try
        {
            await _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
        }
        finally
        {
            _sending.Release();
        }
    }

    /// <summary>A fresh invocation id.</summary>
    public string NextId() => Interlocked.Increment(ref _nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Drops the TCP connection without a WebSocket close: to the hub, a lost socket.</summary>
    public void Abort() => _socket.Abort();

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            // Already gone.
        }
        _socket.Abort();
        await _receiving;
        _socket.Dispose();
        _sending.Dispose();
    }

    private async Task<RawCompletion> SendThenAwaitAsync(string invocationId, string text, Task<RawCompletion> completion)
    {
        try
        {
            await SendTextAsync(text);
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or OperationCanceledException)
        {
            Fail(invocationId);
        }
        return await completion;
    }

    /// <summary>The handshake response and whatever arrived after it in the same read.</summary>
    private async Task<(string Handshake, string After)> ReadHandshakeAsync()
    {
        var buffer = new byte[4096];
        var text = new StringBuilder();
        while (!text.ToString().Contains(RecordSeparator, StringComparison.Ordinal))
        {
            var received = await _socket.ReceiveAsync(buffer, CancellationToken.None);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                throw new InvalidOperationException("The server closed the connection during the handshake.");
            }
            text.Append(Encoding.UTF8.GetString(buffer, 0, received.Count));
        }
        var all = text.ToString();
        var end = all.IndexOf(RecordSeparator, StringComparison.Ordinal);
        return (all[..end], all[(end + 1)..]);
    }

    private async Task ReceiveAsync(string carried)
    {
        var pending = new StringBuilder(carried);
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        var decoder = Encoding.UTF8.GetDecoder();
        var chars = new char[Encoding.UTF8.GetMaxCharCount(buffer.Length)];
        string? closeError = null;
        try
        {
            Dispatch(pending, ref closeError);
            while (true)
            {
                var received = await _socket.ReceiveAsync(buffer, CancellationToken.None);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
                var count = decoder.GetChars(buffer, 0, received.Count, chars, 0);
                pending.Append(chars, 0, count);
                Dispatch(pending, ref closeError);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or OperationCanceledException)
        {
            // The connection ended; pending invocations are failed below.
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            _closed.TrySetResult(closeError);
            foreach (var id in _pending.Keys)
            {
                Fail(id);
            }
        }
    }

    private void Dispatch(StringBuilder pending, ref string? closeError)
    {
        var text = pending.ToString();
        var start = 0;
        for (var end = text.IndexOf(RecordSeparator, start); end >= 0; end = text.IndexOf(RecordSeparator, start))
        {
            Handle(text[start..end], ref closeError);
            start = end + 1;
        }
        pending.Remove(0, start);
    }

    private void Handle(string message, ref string? closeError)
    {
        using var document = JsonDocument.Parse(message);
        var root = document.RootElement;
        switch (root.GetProperty("type").GetInt32())
        {
            case 3 when root.TryGetProperty("invocationId", out var id) && _pending.TryRemove(id.GetString()!, out var completion):
                var error = root.TryGetProperty("error", out var e) ? e.GetString() : null;
                JsonElement? result = root.TryGetProperty("result", out var r) ? r.Clone() : null;
                completion.TrySetResult(new RawCompletion(error, result, false));
                break;
            case 7:
                closeError = root.TryGetProperty("error", out var reason) ? reason.GetString() : null;
                break;
        }
    }

    private void Fail(string invocationId)
    {
        if (_pending.TryRemove(invocationId, out var completion))
        {
            completion.TrySetResult(new RawCompletion(null, null, true));
        }
    }
}
