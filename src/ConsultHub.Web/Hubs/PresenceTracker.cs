using System.Collections.Concurrent;
using ConsultHub.Grains.Consultations;
using Microsoft.AspNetCore.SignalR;

namespace ConsultHub.Web.Hubs;

/// <summary>
/// Which participant connections are open on this host. A participant is connected while at least
/// one of their connections is; the grain hears only of the first arrival and the last departure.
/// </summary>
public sealed class PresenceTracker : IPresenceSource
{
    private readonly ConcurrentDictionary<(string Consultation, string Participant), ConcurrentDictionary<string, HubCallerContext>> _connections = new();

    /// <summary>Records a connection; true when it is the participant's first.</summary>
    public bool Add(string consultationId, string participantId, HubCallerContext context)
    {
        var set = _connections.GetOrAdd((consultationId, participantId), _ => new());
        lock (set)
        {
            set[context.ConnectionId] = context;
            return set.Count == 1;
        }
    }

    /// <summary>Forgets a connection; true when it was the participant's last.</summary>
    public bool Remove(string consultationId, string participantId, string connectionId)
    {
        if (!_connections.TryGetValue((consultationId, participantId), out var set))
        {
            return false;
        }
        lock (set)
        {
            return set.TryRemove(connectionId, out _) && set.IsEmpty;
        }
    }

    /// <summary>How many connections the participant has open.</summary>
    public int Count(string consultationId, string participantId) =>
        _connections.TryGetValue((consultationId, participantId), out var set) ? set.Count : 0;

    /// <summary>The participant's open connections.</summary>
    public IReadOnlyList<HubCallerContext> Connections(string consultationId, string participantId) =>
        _connections.TryGetValue((consultationId, participantId), out var set) ? [.. set.Values] : [];

    /// <inheritdoc/>
    public bool IsConnected(string consultationId, string participantId) => Count(consultationId, participantId) > 0;
}
