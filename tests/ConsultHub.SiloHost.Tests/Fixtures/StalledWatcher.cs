using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text;
using ConsultHub.Testing.Client;

namespace ConsultHub.SiloHost.Tests.Fixtures;

/// <summary>
/// A client that completes the SignalR handshake, watches a consultation and then stops reading, as
/// a frozen browser tab or a phone in a tunnel does. Its socket has a small receive buffer, so the
/// server's writes back up quickly instead of disappearing into kernel buffers.
/// </summary>
public sealed class StalledWatcher : IAsyncDisposable
{
    private const byte RecordSeparator = 0x1e;
    private const int ReceiveBufferBytes = 4096;

    private readonly Socket _socket;
    private readonly WebSocket _webSocket;
    private readonly List<byte> _pending = [];

    private StalledWatcher(Socket socket, WebSocket webSocket)
    {
        _socket = socket;
        _webSocket = webSocket;
    }

    /// <summary>The client's local port, which names the connection in the kernel's TCP table.</summary>
    public int LocalPort => ((IPEndPoint)_socket.LocalEndPoint!).Port;

    /// <summary>Connects, upgrades to WebSocket, performs the SignalR JSON handshake and invokes <c>Watch(id, null)</c>, reading until its completion.</summary>
    public static async Task<StalledWatcher> WatchAsync(Uri server, string credential, string consultationId, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { ReceiveBufferSize = ReceiveBufferBytes };
        try
        {
            await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, server.Port), deadline.Token);
            var stream = new NetworkStream(socket, ownsSocket: false);
            await UpgradeAsync(stream, HubClient.HubUri(server, credential), deadline.Token);
            var watcher = new StalledWatcher(socket, WebSocket.CreateFromStream(stream, new WebSocketCreationOptions { KeepAliveInterval = Timeout.InfiniteTimeSpan }));
            await watcher.SendAsync("""{"protocol":"json","version":1}""", deadline.Token);
            await watcher.ReadRecordAsync(deadline.Token);
            await watcher.SendAsync($$"""{"type":1,"invocationId":"1","target":"Watch","arguments":["{{consultationId}}",null]}""", deadline.Token);
            while (!(await watcher.ReadRecordAsync(deadline.Token)).Contains("\"invocationId\":\"1\"", StringComparison.Ordinal))
            {
                // Events may come before the completion (the hub subscribes before it reads the view).
            }
            return watcher;
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Starts reading again and reads until the server closes the connection; returns how many event
    /// messages were still delivered, or null when the connection stayed open past <paramref name="timeout"/>.
    /// </summary>
    public async Task<int?> DrainUntilClosedAsync(TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        var events = 0;
        try
        {
            while (true)
            {
                var record = await ReadRecordAsync(deadline.Token);
                if (record.Contains("\"target\":\"Event\"", StringComparison.Ordinal))
                {
                    events++;
                }
            }
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            return null;
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or EndOfStreamException or SocketException)
        {
            return events;
        }
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync()
    {
        _webSocket.Abort();
        _webSocket.Dispose();
        _socket.Dispose();
        return ValueTask.CompletedTask;
    }

    private static async Task UpgradeAsync(NetworkStream stream, Uri hub, CancellationToken cancellationToken)
    {
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        var request = $"GET {hub.PathAndQuery} HTTP/1.1\r\nHost: {hub.Authority}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n" +
                      $"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request), cancellationToken);
        // Read the response head byte by byte, so no WebSocket frame after it is swallowed.
        var head = new StringBuilder();
        var one = new byte[1];
        while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
        {
            if (await stream.ReadAsync(one, cancellationToken) == 0)
            {
                throw new EndOfStreamException($"The server closed the connection during the upgrade: {head}");
            }
            head.Append((char)one[0]);
        }
        if (!head.ToString().StartsWith("HTTP/1.1 101", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The hub refused the WebSocket upgrade: {head}");
        }
    }

    private Task SendAsync(string json, CancellationToken cancellationToken) =>
        _webSocket.SendAsync(Encoding.UTF8.GetBytes(json + (char)RecordSeparator), WebSocketMessageType.Text, true, cancellationToken);

    private async Task<string> ReadRecordAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[8192];
        while (true)
        {
            var end = _pending.IndexOf(RecordSeparator);
            if (end >= 0)
            {
                var record = Encoding.UTF8.GetString([.. _pending.GetRange(0, end)]);
                _pending.RemoveRange(0, end + 1);
                return record;
            }
            var received = await _webSocket.ReceiveAsync(buffer, cancellationToken);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                throw new EndOfStreamException("The server closed the WebSocket.");
            }
            _pending.AddRange(buffer.AsSpan(0, received.Count));
        }
    }
}
