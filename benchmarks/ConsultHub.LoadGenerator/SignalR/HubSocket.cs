using System.Buffers;
using System.Diagnostics;
using System.Net.WebSockets;

namespace ConsultHub.LoadGenerator.SignalR;

/// <summary>
/// One SignalR connection speaking the JSON or MessagePack protocol straight over a <see cref="ClientWebSocket"/>
/// (no negotiate, no client library): invocations out, completions and events in, one receive loop.
/// Lean on purpose, since the generator shares the machine's cores with the server it measures.
/// </summary>
public sealed class HubSocket : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly Dictionary<int, Pending> _pending = [];
    private readonly IHubEvents _events;
    private readonly HubProtocolKind _protocol;
    private bool _handshaken;
    private readonly TaskCompletionSource _handshake = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _nextId;
    private long _lastSent;
    private volatile bool _closing;
    private Task _receive = Task.CompletedTask;

    private HubSocket(IHubEvents events, HubProtocolKind protocol)
    {
        _events = events;
        _protocol = protocol;
    }

    /// <summary>When this connection last sent anything (a Stopwatch timestamp).</summary>
    public long LastSent => Volatile.Read(ref _lastSent);

    /// <summary>Whether the socket is still open.</summary>
    public bool IsOpen => _socket.State == WebSocketState.Open;

    /// <summary>Connects to <c>/hubs/consultation</c> with a key or token, and completes the handshake.</summary>
    public static async Task<HubSocket> ConnectAsync(Uri server, string? accessToken, IHubEvents events, HubProtocolKind protocol, CancellationToken cancellationToken)
    {
        var hub = new HubSocket(events, protocol);
        hub._socket.Options.KeepAliveInterval = TimeSpan.Zero;
        hub._socket.Options.SetBuffer(4096, 4096);
        var uri = new UriBuilder(new Uri(server, "/hubs/consultation"))
        {
            Scheme = server.Scheme == Uri.UriSchemeHttps ? "wss" : "ws",
            Query = accessToken is null ? "" : $"access_token={Uri.EscapeDataString(accessToken)}",
        }.Uri;
        try
        {
            await hub._socket.ConnectAsync(uri, cancellationToken);
            hub._receive = Task.Run(hub.ReceiveLoopAsync, CancellationToken.None);
            await hub.SendRawAsync(protocol == HubProtocolKind.Json ? HubFrames.Handshake : MessagePackFrames.Handshake, WebSocketMessageType.Text);
            await hub._handshake.Task.WaitAsync(TimeSpan.FromSeconds(60), cancellationToken);
            return hub;
        }
        catch
        {
            await hub.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Invokes a hub method. <paramref name="onReply"/>, if given, runs on the receive loop before
    /// any later message is handled (Watch uses it to set where a watcher's version count starts).
    /// </summary>
    public async Task<HubReply> InvokeAsync(string target, object?[] arguments, Action<HubReply>? onReply = null)
    {
        var pending = new Pending(onReply);
        int id;
        lock (_pending)
        {
            id = ++_nextId;
            _pending[id] = pending;
        }
        try
        {
            await SendRawAsync(_protocol == HubProtocolKind.Json ? HubFrames.Invocation(id, target, arguments) : MessagePackFrames.Invocation(id, target, arguments));
        }
        catch
        {
            lock (_pending)
            {
                _pending.Remove(id);
            }
            throw;
        }
        return await pending.Reply.Task;
    }

    /// <summary>Sends a ping, so the server's client timeout never drops an observer that only listens.</summary>
    public Task PingAsync() => SendRawAsync(_protocol == HubProtocolKind.Json ? HubFrames.Ping : MessagePackFrames.Ping);

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        _closing = true;
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // Closing is best effort; the socket is disposed either way.
        }
        _socket.Abort();
        await _receive.ConfigureAwait(false);
        _socket.Dispose();
    }

    private Task SendRawAsync(byte[] message) =>
        SendRawAsync(message, _protocol == HubProtocolKind.Json ? WebSocketMessageType.Text : WebSocketMessageType.Binary);

    private async Task SendRawAsync(byte[] message, WebSocketMessageType type)
    {
        await _sendLock.WaitAsync();
        try
        {
            await _socket.SendAsync(message, type, endOfMessage: true, CancellationToken.None);
            Volatile.Write(ref _lastSent, Stopwatch.GetTimestamp());
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = ArrayPool<byte>.Shared.Rent(8192);
        var filled = 0;
        Exception? error = null;
        try
        {
            while (true)
            {
                if (filled == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, filled).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
                var received = await _socket.ReceiveAsync(buffer.AsMemory(filled), CancellationToken.None);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
                filled += received.Count;
                var timestamp = Stopwatch.GetTimestamp();
                var start = Split(buffer, filled, timestamp);
                if (start > 0)
                {
                    buffer.AsSpan(start, filled - start).CopyTo(buffer);
                    filled -= start;
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or OperationCanceledException)
        {
            error = _closing ? null : ex;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            FailPending(error ?? new WebSocketException("The connection closed."));
            _handshake.TrySetException(error ?? new WebSocketException("The connection closed during the handshake."));
            _events.OnClosed(error);
        }
    }

    /// <summary>Handles every whole message in the buffer; returns where the unfinished rest starts.</summary>
    private int Split(byte[] buffer, int filled, long timestamp)
    {
        var start = 0;
        int end;
        // The handshake reply is JSON in both protocols; MessagePack messages follow it.
        while ((_protocol == HubProtocolKind.Json || !_handshaken) && (end = Array.IndexOf(buffer, HubFrames.Separator, start, filled - start)) >= 0)
        {
            Handle(HubFrames.Read(buffer.AsSpan(start, end - start)), end - start + 1, timestamp);
            start = end + 1;
        }
        if (_protocol == HubProtocolKind.MessagePack && _handshaken)
        {
            while (MessagePackFrames.TryReadLength(buffer.AsSpan(start, filled - start), out var prefix, out var length))
            {
                Handle(MessagePackFrames.Read(buffer.AsMemory(start + prefix, length)), prefix + length, timestamp);
                start += prefix + length;
            }
        }
        return start;
    }

    private void Handle(HubFrames.Frame frame, int bytes, long timestamp)
    {
        switch (frame.Type)
        {
            case 0 when frame.Error is not null:
                _handshake.TrySetException(new WebSocketException($"Handshake refused: {frame.Error}"));
                break;
            case 0:
                _handshaken = true;
                _handshake.TrySetResult();
                break;
            case 1 when frame.IsEvent:
                _events.OnEvent(frame.Version, bytes, timestamp);
                break;
            case 1 when frame.IsEvents && frame.Versions is { Count: > 0 } versions:
                // The frame's bytes are shared out, so bytes per event stay comparable with single events.
                foreach (var version in versions)
                {
                    _events.OnEvent(version, bytes / versions.Count, timestamp);
                }
                break;
            case 3:
                Pending? pending;
                lock (_pending)
                {
                    _pending.Remove(frame.InvocationId, out pending);
                }
                if (pending is not null)
                {
                    var reply = new HubReply(frame.Version, frame.Id, frame.Error);
                    pending.OnReply?.Invoke(reply);
                    pending.Reply.TrySetResult(reply);
                }
                break;
            case 7:
                _socket.Abort();
                break;
        }
    }

    private void FailPending(Exception error)
    {
        List<Pending> failed;
        lock (_pending)
        {
            failed = [.. _pending.Values];
            _pending.Clear();
        }
        failed.ForEach(p => p.Reply.TrySetException(error));
    }

    private sealed class Pending(Action<HubReply>? onReply)
    {
        public Action<HubReply>? OnReply { get; } = onReply;

        public TaskCompletionSource<HubReply> Reply { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
