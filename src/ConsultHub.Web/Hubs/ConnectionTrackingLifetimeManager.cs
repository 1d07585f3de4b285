using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Logging;

namespace ConsultHub.Web.Hubs;

/// <summary>
/// SignalR's default lifetime manager, plus a lookup of each connection's
/// <see cref="HubConnectionContext"/>, so an outbox can write an event's already serialized
/// frame to its connection instead of having SignalR serialize an invocation per connection.
/// </summary>
public sealed class ConnectionTrackingLifetimeManager(ILogger<DefaultHubLifetimeManager<ConsultationHub>> logger)
    : DefaultHubLifetimeManager<ConsultationHub>(logger)
{
    private readonly ConcurrentDictionary<string, HubConnectionContext> _connections = new(StringComparer.Ordinal);

    /// <summary>How many connections are open.</summary>
    public int Count => _connections.Count;

    /// <summary>The open connection with this id, if any.</summary>
    public HubConnectionContext? Connection(string connectionId) => _connections.GetValueOrDefault(connectionId);

    /// <inheritdoc/>
    public override Task OnConnectedAsync(HubConnectionContext connection)
    {
        _connections[connection.ConnectionId] = connection;
        return base.OnConnectedAsync(connection);
    }

    /// <inheritdoc/>
    public override Task OnDisconnectedAsync(HubConnectionContext connection)
    {
        _connections.TryRemove(connection.ConnectionId, out _);
        return base.OnDisconnectedAsync(connection);
    }
}
