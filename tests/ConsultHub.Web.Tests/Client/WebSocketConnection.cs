using System.Buffers;
using System.IO.Pipelines;
using System.Net.WebSockets;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http.Features;

namespace ConsultHub.Web.Tests.Client;

/// <summary>
/// A SignalR connection over one open <see cref="ClientWebSocket"/>: two pumps copy socket frames
/// into the application's input pipe and the application's output pipe into text frames. Framing
/// need not be preserved, because the SignalR JSON protocol delimits messages itself (0x1E).
/// </summary>
public sealed class WebSocketConnection : ConnectionContext
{
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(5);

    private readonly ClientWebSocket _socket;
    private readonly Pipe _fromServer = new(new PipeOptions(useSynchronizationContext: false));
    private readonly Pipe _toServer = new(new PipeOptions(useSynchronizationContext: false));
    private readonly CancellationTokenSource _closed = new();
    private Task _receiving = Task.CompletedTask;
    private Task _sending = Task.CompletedTask;
    private int _disposed;

    private WebSocketConnection(ClientWebSocket socket)
    {
        _socket = socket;
        Transport = new DuplexPipe(_fromServer.Reader, _toServer.Writer);
        ConnectionClosed = _closed.Token;
    }

    /// <inheritdoc/>
    public override string ConnectionId { get; set; } = Guid.NewGuid().ToString("n");

    /// <inheritdoc/>
    public override IFeatureCollection Features { get; } = new FeatureCollection();

    /// <inheritdoc/>
    public override IDictionary<object, object?> Items { get; set; } = new Dictionary<object, object?>();

    /// <inheritdoc/>
    public override IDuplexPipe Transport { get; set; }

    /// <summary>Starts pumping an open socket; the connection owns it from now on.</summary>
    public static WebSocketConnection Start(ClientWebSocket socket)
    {
        ArgumentNullException.ThrowIfNull(socket);
        var connection = new WebSocketConnection(socket);
        connection._receiving = connection.ReceiveAsync();
        connection._sending = connection.SendAsync();
        return connection;
    }

    /// <inheritdoc/>
    public override void Abort(ConnectionAbortedException abortReason)
    {
        _socket.Abort();
        _toServer.Writer.Complete(abortReason);
    }

    /// <summary>Closes politely (a close frame), waiting a few seconds for the server before giving up on it.</summary>
    public override async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }
        await _toServer.Writer.CompleteAsync();
        try
        {
            await Task.WhenAll(_receiving, _sending).WaitAsync(CloseTimeout);
        }
        catch (TimeoutException)
        {
            _socket.Abort();
        }
        _socket.Dispose();
        _closed.Dispose();
    }

    private async Task ReceiveAsync()
    {
        Exception? error = null;
        try
        {
            while (true)
            {
                var memory = _fromServer.Writer.GetMemory(4096);
                var received = await _socket.ReceiveAsync(memory, CancellationToken.None);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
                _fromServer.Writer.Advance(received.Count);
                var flushed = await _fromServer.Writer.FlushAsync();
                if (flushed.IsCompleted)
                {
                    break;
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            error = ex;
        }
        finally
        {
            await _fromServer.Writer.CompleteAsync(error);
            CancelClosed();
        }
    }

    private async Task SendAsync()
    {
        try
        {
            while (true)
            {
                var read = await _toServer.Reader.ReadAsync();
                var buffer = read.Buffer;
                try
                {
                    if (!buffer.IsEmpty)
                    {
                        await SendFramesAsync(buffer);
                    }
                    if (read.IsCompleted || read.IsCanceled)
                    {
                        break;
                    }
                }
                finally
                {
                    _toServer.Reader.AdvanceTo(buffer.End);
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException or ConnectionAbortedException)
        {
            // The socket went away; the receive pump reports the end of the connection.
        }
        finally
        {
            await _toServer.Reader.CompleteAsync();
            await CloseOutputAsync();
        }
    }

    private async Task SendFramesAsync(ReadOnlySequence<byte> buffer)
    {
        var segments = buffer.GetEnumerator();
        var more = segments.MoveNext();
        while (more)
        {
            var segment = segments.Current;
            more = segments.MoveNext();
            await _socket.SendAsync(segment, WebSocketMessageType.Text, endOfMessage: !more, CancellationToken.None);
        }
    }

    private async Task CloseOutputAsync()
    {
        if (_socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }
        using var timeout = new CancellationTokenSource(CloseTimeout);
        try
        {
            await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            _socket.Abort();
        }
    }

    private void CancelClosed()
    {
        try
        {
            _closed.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // Disposed first: nobody is listening any more.
        }
    }
}
