using System.Collections.Concurrent;
using ConsultHub.Grains.Presence;
using Microsoft.AspNetCore.SignalR;

namespace ConsultHub.Web.Hubs;

/// <summary>
/// Which participant connections are open on this silo. A participant is connected while at least
/// one of their connections is; the grain hears only of the first arrival and the last departure,
/// each stamped with this silo's presence sequence, so the grain can tell a notice that was
/// overtaken by a later one from the silo's current word.
/// </summary>
public sealed class PresenceTracker
{
    // By consultation, then participant, then connection id: a subscription renewal lists one consultation's people.
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, ConcurrentDictionary<string, HubCallerContext>>> _connections = new(StringComparer.Ordinal);
    private long _sequence;

    /// <summary>This silo's key in presence notices: new at every start, as its sequence starts again.</summary>
    public string Silo { get; } = Guid.NewGuid().ToString("n");

    /// <summary>Records a connection; the notice to send when it is the participant's first, else null.</summary>
    public PresenceNotice? Add(string consultationId, string participantId, HubCallerContext context)
    {
        var set = _connections.GetOrAdd(consultationId, _ => new(StringComparer.Ordinal)).GetOrAdd(participantId, _ => new(StringComparer.Ordinal));
        lock (set)
        {
            set[context.ConnectionId] = context;
            return set.Count == 1 ? new PresenceNotice(Silo, Interlocked.Increment(ref _sequence), participantId, true) : null;
        }
    }

    /// <summary>Forgets a connection; the notice to send when it was the participant's last, else null.</summary>
    public PresenceNotice? Remove(string consultationId, string participantId, string connectionId)
    {
        if (Set(consultationId, participantId) is not { } set)
        {
            return null;
        }
        lock (set)
        {
            return set.TryRemove(connectionId, out _) && set.IsEmpty
                ? new PresenceNotice(Silo, Interlocked.Increment(ref _sequence), participantId, false)
                : null;
        }
    }

    /// <summary>How many connections the participant has open.</summary>
    public int Count(string consultationId, string participantId) => Set(consultationId, participantId)?.Count ?? 0;

    /// <summary>The participant's open connections.</summary>
    public IReadOnlyList<HubCallerContext> Connections(string consultationId, string participantId) =>
        Set(consultationId, participantId) is { } set ? [.. set.Values] : [];

    /// <summary>Every participant of a consultation with an open connection here, as of the returned sequence.</summary>
    public PresenceReport Report(string consultationId)
    {
        // Read the sequence first: a change racing with the scan carries a later number, so the
        // grain keeps the change's word over this list's.
        var sequence = Interlocked.Read(ref _sequence);
        var live = _connections.TryGetValue(consultationId, out var people)
            ? people.Where(p => !p.Value.IsEmpty).Select(p => p.Key).ToList()
            : [];
        return new PresenceReport(Silo, sequence, live);
    }

    private ConcurrentDictionary<string, HubCallerContext>? Set(string consultationId, string participantId) =>
        _connections.TryGetValue(consultationId, out var people) && people.TryGetValue(participantId, out var set) ? set : null;
}
