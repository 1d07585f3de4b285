using ConsultHub.Domain.Events;
using ConsultHub.Domain.Views;
using ConsultHub.Grains.Consultations;
using Microsoft.AspNetCore.SignalR;

namespace ConsultHub.Web.Hubs;

/// <summary>
/// Bridges grains to browsers (as GPSTracker's hub bridge does): each committed event goes to the
/// three audience groups of its consultation. A group send serializes its message once for all
/// connections, so an event costs three serializations however many people watch.
/// </summary>
public sealed class SignalRConsultationNotifier(IHubContext<ConsultationHub, IConsultationClient> hub, PresenceTracker presence) : IConsultationNotifier
{
    private static readonly Audience[] Audiences = [Audience.Moderator, Audience.Participant, Audience.Observer];

    /// <inheritdoc/>
    public async Task PublishAsync(IReadOnlyList<CommittedEvent> events)
    {
        foreach (var committed in events)
        {
            foreach (var audience in Audiences)
            {
                await hub.Clients.Group(GroupNames.For(committed.ConsultationId, audience)).Event(committed.For(audience));
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
            await hub.Clients.Client(connection.ConnectionId).Removed(consultationId);
            connection.Abort();
        }
    }
}
