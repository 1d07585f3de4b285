using System.Net;
using System.Net.WebSockets;
using Microsoft.AspNetCore.Connections;

namespace ConsultHub.Web.Tests.Client;

/// <summary>
/// Connects SignalR clients straight over WebSockets, skipping negotiation (the server accepts
/// WebSocket connections without a negotiated id). The endpoint is a <see cref="UriEndPoint"/>
/// with a <c>ws://</c> or <c>wss://</c> address that already carries <c>access_token</c>.
/// </summary>
public sealed class WebSocketConnectionFactory : IConnectionFactory
{
    /// <inheritdoc/>
    public async ValueTask<ConnectionContext> ConnectAsync(EndPoint endpoint, CancellationToken cancellationToken = default)
    {
        if (endpoint is not UriEndPoint { Uri: var uri })
        {
            throw new NotSupportedException($"Only {nameof(UriEndPoint)} is supported, not {endpoint?.GetType().Name}.");
        }
        var socket = new ClientWebSocket();
        try
        {
            await socket.ConnectAsync(uri, cancellationToken);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
        return WebSocketConnection.Start(socket);
    }
}
