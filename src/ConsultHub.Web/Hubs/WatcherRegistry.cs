using System.Collections.Concurrent;
using ConsultHub.Domain.Views;
using Microsoft.AspNetCore.SignalR;
using ConsultHub.Web.Telemetry;
using Microsoft.Extensions.Options;

namespace ConsultHub.Web.Hubs;

/// <summary>Who watches which consultation, as which audience, each with its own outbox.</summary>
public sealed class WatcherRegistry(IHubContext<ConsultationHub, IConsultationClient> hub, IOptions<HubLimitsOptions> limits, HubLifetimeManager<ConsultationHub>? lifetime = null, HubMetrics? metrics = null)
{
    private readonly ConcurrentDictionary<string, Outbox> _outboxes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Consultation, Audience Audience), ConcurrentDictionary<string, Outbox>> _watchers = new();

    /// <summary>Subscribes a connection to a consultation's events for an audience (idempotent).</summary>
    public void Watch(string consultationId, Audience audience, HubCallerContext connection)
    {
        var outbox = _outboxes.GetOrAdd(connection.ConnectionId,
            _ => new Outbox(connection, hub.Clients.Client(connection.ConnectionId), limits.Value.MaxQueuedEventsPerConnection,
                (lifetime as ConnectionTrackingLifetimeManager)?.Connection(connection.ConnectionId), metrics));
        _watchers.GetOrAdd((consultationId, audience), _ => new(StringComparer.Ordinal))[connection.ConnectionId] = outbox;
    }

    /// <summary>Stops one subscription of a connection.</summary>
    public void Unwatch(string consultationId, Audience audience, string connectionId)
    {
        if (_watchers.TryGetValue((consultationId, audience), out var watchers))
        {
            watchers.TryRemove(connectionId, out _);
        }
    }

    /// <summary>Forgets a connection everywhere.</summary>
    public void Forget(string connectionId)
    {
        if (_outboxes.TryRemove(connectionId, out var outbox))
        {
            outbox.Close();
        }
        foreach (var watchers in _watchers.Values)
        {
            watchers.TryRemove(connectionId, out _);
        }
    }

    /// <summary>Queues an envelope for every watcher of an audience.</summary>
    public void Send(string consultationId, Audience audience, SerializedEnvelope envelope) =>
        Send(consultationId, audience, EnvelopeFrame.Of(envelope));

    /// <summary>Queues a frame (the same bytes for all) for every watcher of an audience.</summary>
    public void Send(string consultationId, Audience audience, EnvelopeFrame frame)
    {
        if (!_watchers.TryGetValue((consultationId, audience), out var watchers))
        {
            return;
        }
        foreach (var outbox in watchers.Values)
        {
            outbox.Enqueue(frame);
        }
    }

    /// <summary>Completes when every outbox has written what it holds now.</summary>
    public Task DrainAsync() => Task.WhenAll(_outboxes.Values.Select(outbox => outbox.DrainAsync()));

    /// <summary>The outbox of a connection, if it watches anything.</summary>
    public Outbox? OutboxOf(string connectionId) => _outboxes.GetValueOrDefault(connectionId);

    /// <summary>True when some connection watches the consultation, as any audience.</summary>
    public bool IsWatched(string consultationId) =>
        Enum.GetValues<Audience>().Any(audience => Count(consultationId, audience) > 0);

    /// <summary>How many connections watch a consultation as an audience.</summary>
    public int Count(string consultationId, Audience audience) =>
        _watchers.TryGetValue((consultationId, audience), out var watchers) ? watchers.Count : 0;

    /// <summary>How many consultations some connection watches (as any audience).</summary>
    public int Consultations => _watchers.Where(pair => !pair.Value.IsEmpty).Select(pair => pair.Key.Consultation).Distinct(StringComparer.Ordinal).Count();
}
