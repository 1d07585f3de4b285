using System.Collections.Concurrent;
using ConsultHub.Domain.Events;
using ConsultHub.Domain.Views;
using ConsultHub.Grains.Consultations;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ConsultHub.Web.Hubs;

/// <summary>
/// This silo's observer of consultation grains (GPSTracker's RemoteLocationHub shape): each
/// committed batch arrives once per silo and every event is serialized once per audience; an
/// audience's events of the batch go to each of its connections here as one frame, at once or when
/// the audience's coalescing window (<see cref="FanoutOptions"/>) closes. Queuing never waits for a
/// client; the grain does not wait for this silo either, its push being one-way. Windows still
/// open when the host begins to stop are sent before the connections close.
/// </summary>
public sealed partial class SignalRConsultationNotifier : IConsultationObserver
{
    private static readonly Audience[] Audiences = [Audience.Moderator, Audience.Participant, Audience.Observer];

    /// <summary>How long a removed client gets to receive what was queued before it is closed anyway.</summary>
    private static readonly TimeSpan RemovalGrace = TimeSpan.FromSeconds(5);

    /// <summary>How long a stopping host waits for open windows' frames to be written.</summary>
    private static readonly TimeSpan StopDrain = TimeSpan.FromSeconds(1);

    private readonly EventSequencer _sequencer = new(TimeProvider.System, EventSequencer.DefaultPatience);
    private readonly KeyedLanes<IReadOnlyList<CommittedEvent>> _lanes = new();
    private readonly ConcurrentDictionary<(string Consultation, Audience Audience), AudienceWindow> _windows = new();
    private readonly WatcherRegistry _watchers;
    private readonly PresenceTracker _presence;
    private readonly FanoutOptions _fanout;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    /// <summary>The silo's notifier; open windows are flushed when <paramref name="lifetime"/> says the host is stopping.</summary>
    public SignalRConsultationNotifier(WatcherRegistry watchers, PresenceTracker presence, IOptions<FanoutOptions> fanout, TimeProvider time, IHostApplicationLifetime? lifetime = null, ILogger<SignalRConsultationNotifier>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(fanout);
        _watchers = watchers;
        _presence = presence;
        _fanout = fanout.Value;
        _time = time;
        _logger = logger ?? NullLogger<SignalRConsultationNotifier>.Instance;
        lifetime?.ApplicationStopping.Register(Stopping);
    }

    /// <summary>The last version of a consultation received with none missing before it, for renewing its subscription.</summary>
    public long? Received(string consultationId) => _sequencer.Received(consultationId);

    /// <inheritdoc/>
    /// <remarks>
    /// Orleans hands every push to this silo's observer through one message pump, one call after
    /// the other, for all consultations. So this only queues the batch on its consultation's lane and
    /// returns: lanes of different consultations deliver in parallel on the thread pool, and the
    /// batches that reach a busy lane while it writes leave together, as one frame per connection.
    /// </remarks>
    public Task CommittedAsync(IReadOnlyList<CommittedEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count == 0)
        {
            return Task.CompletedTask;
        }
        if (_lanes.Add(events[0].ConsultationId, events) is { } lane)
        {
            ThreadPool.UnsafeQueueUserWorkItem(static state => state.Notifier.Drain(state.Lane), (Notifier: this, Lane: lane), preferLocal: false);
        }
        return Task.CompletedTask;
    }

    /// <summary>Delivers what waits on a lane, all of it at a time, until nothing does (the lane is then retired).</summary>
    private void Drain(KeyedLanes<IReadOnlyList<CommittedEvent>>.Lane lane)
    {
        while (_lanes.Take(lane) is { Count: > 0 } batches)
        {
            try
            {
                // Batches may arrive out of order, and a renewal that raced a push brings events
                // again: each version is passed on once, in order. One drainer per consultation at a
                // time, so putting them in order and queuing them cannot interleave.
                var ready = new List<CommittedEvent>();
                foreach (var batch in batches)
                {
                    ready.AddRange(_sequencer.Accept(batch));
                }
                Deliver(lane.Key, ready);
            }
            catch (Exception ex)
            {
                // Durable events are never lost by this: watchers that miss them resume by version.
                LogDeliveryFailed(_logger, lane.Key, ex);
            }
        }
    }

    private void Deliver(string consultationId, List<CommittedEvent> ready)
    {
        if (ready.Count == 0)
        {
            return;
        }
        foreach (var audience in Audiences)
        {
            if (_watchers.Count(consultationId, audience) == 0)
            {
                continue;
            }
            var envelopes = new List<SerializedEnvelope>(ready.Count);
            foreach (var committed in ready)
            {
                envelopes.Add(SerializedEnvelope.Of(committed.For(audience)));
            }
            Send(consultationId, audience, envelopes);
        }
        foreach (var committed in ready)
        {
            if (committed.Event is ParticipantRemoved removed)
            {
                // The removed participant's notice must not overtake the events before it.
                if (_windows.TryGetValue((consultationId, Audience.Participant), out var window))
                {
                    window.Flush();
                }
                // Not awaited: the notice waits behind the events already queued for that client,
                // and a lane must never wait for a client that stops reading.
                _ = DropAsync(consultationId, removed.ParticipantId);
            }
        }
    }

    /// <summary>Sends every open window now (the host is stopping).</summary>
    public void FlushAll()
    {
        foreach (var window in _windows.Values)
        {
            window.Flush();
        }
    }

    /// <summary>
    /// SignalR cancels every connection's transport right after this (its own stopping callback was
    /// registered first, so it runs later): send the open windows and give the writes a moment to go.
    /// </summary>
    private void Stopping()
    {
        FlushAll();
        _watchers.DrainAsync().Wait(StopDrain);
    }

    private void Send(string consultationId, Audience audience, List<SerializedEnvelope> envelopes)
    {
        var length = _fanout.WindowOf(audience);
        if (length <= TimeSpan.Zero)
        {
            _watchers.Send(consultationId, audience, EnvelopeFrame.Of(envelopes));
            return;
        }
        _windows.GetOrAdd((consultationId, audience), key => new AudienceWindow(length, _time,
            frame => _watchers.Send(key.Consultation, key.Audience, frame))).Add(envelopes);
    }

    /// <summary>A removed participant's token already fails at the grain; closing their sockets stops what they watch.</summary>
    private async Task DropAsync(string consultationId, string participantId)
    {
        foreach (var connection in _presence.Connections(consultationId, participantId))
        {
            if (_watchers.OutboxOf(connection.ConnectionId) is { } outbox)
            {
                try
                {
                    await outbox.RemoveAsync(consultationId).WaitAsync(RemovalGrace);
                }
                catch (Exception)
                {
                    // A client that does not drain in time (or has gone) is closed without the notice.
                    connection.Abort();
                }
            }
            else
            {
                connection.Abort();
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Delivering consultation {ConsultationId}'s events to this silo's watchers failed")]
    private static partial void LogDeliveryFailed(ILogger logger, string consultationId, Exception exception);
}
