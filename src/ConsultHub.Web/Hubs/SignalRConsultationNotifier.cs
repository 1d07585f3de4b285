using ConsultHub.Domain.Events;
using ConsultHub.Domain.Views;
using ConsultHub.Grains.Consultations;

namespace ConsultHub.Web.Hubs;

/// <summary>
/// This silo's observer of consultation grains (GPSTracker's RemoteLocationHub shape): each
/// committed batch arrives once per silo and every event is serialized once per audience and
/// queued on the outbox of every connection of that audience here. Queuing never waits for a
/// client; the grain does not wait for this silo either, its push being one-way.
/// </summary>
public sealed class SignalRConsultationNotifier(WatcherRegistry watchers, PresenceTracker presence) : IConsultationObserver
{
    private static readonly Audience[] Audiences = [Audience.Moderator, Audience.Participant, Audience.Observer];

    /// <summary>How long a removed client gets to receive what was queued before it is closed anyway.</summary>
    private static readonly TimeSpan RemovalGrace = TimeSpan.FromSeconds(5);

    private readonly EventSequencer _sequencer = new(TimeProvider.System, EventSequencer.DefaultPatience);

    /// <summary>The last version of a consultation received with none missing before it, for renewing its subscription.</summary>
    public long? Received(string consultationId) => _sequencer.Received(consultationId);

    /// <inheritdoc/>
    public Task CommittedAsync(IReadOnlyList<CommittedEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        // Batches may arrive out of order, and a renewal that raced a push brings events again:
        // each version is passed on once, in order.
        foreach (var committed in _sequencer.Accept(events))
        {
            foreach (var audience in Audiences)
            {
                if (watchers.Count(committed.ConsultationId, audience) > 0)
                {
                    watchers.Send(committed.ConsultationId, audience, SerializedEnvelope.Of(committed.For(audience)));
                }
            }
            if (committed.Event is ParticipantRemoved removed)
            {
                // Not awaited: the notice waits behind the events already queued for that
                // client, and the grain's turn must never wait for a client that stops reading.
                _ = DropAsync(committed.ConsultationId, removed.ParticipantId);
            }
        }
        return Task.CompletedTask;
    }

    /// <summary>A removed participant's token already fails at the grain; closing their sockets stops what they watch.</summary>
    private async Task DropAsync(string consultationId, string participantId)
    {
        foreach (var connection in presence.Connections(consultationId, participantId))
        {
            if (watchers.OutboxOf(connection.ConnectionId) is { } outbox)
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
}
