using ConsultHub.Domain.Events;
using ConsultHub.Domain.Views;
using ConsultHub.Grains.Consultations;

namespace ConsultHub.Web.Hubs;

/// <summary>
/// Bridges grains to browsers (as GPSTracker's hub bridge does): each committed event is
/// serialized once per audience and queued on the outbox of every connection of that audience.
/// Queuing never waits for a client, so the grain's turn never waits for the slowest browser.
/// </summary>
public sealed class SignalRConsultationNotifier(WatcherRegistry watchers, PresenceTracker presence) : IConsultationNotifier
{
    private static readonly Audience[] Audiences = [Audience.Moderator, Audience.Participant, Audience.Observer];

    /// <inheritdoc/>
    public async Task PublishAsync(IReadOnlyList<CommittedEvent> events)
    {
        foreach (var committed in events)
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
                await DropAsync(committed.ConsultationId, removed.ParticipantId);
            }
        }
    }

    /// <summary>A removed participant's token already fails at the grain; closing their sockets stops what they watch.</summary>
    private async Task DropAsync(string consultationId, string participantId)
    {
        foreach (var connection in presence.Connections(consultationId, participantId))
        {
            if (watchers.OutboxOf(connection.ConnectionId) is { } outbox)
            {
                await outbox.RemoveAsync(consultationId);
            }
            else
            {
                connection.Abort();
            }
        }
    }
}
