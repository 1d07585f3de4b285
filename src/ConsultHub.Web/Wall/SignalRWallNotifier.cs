using ConsultHub.Grains.Wall;
using ConsultHub.Web.Hubs;
using Microsoft.AspNetCore.SignalR;

namespace ConsultHub.Web.Wall;

/// <summary>Sends the wall grain's batches to the <c>wall</c> group as <c>wall</c> messages; a group
/// send serializes the batch once for every watcher.</summary>
public sealed class SignalRWallNotifier(IHubContext<ConsultationHub, IConsultationClient> hub) : IWallNotifier
{
    /// <inheritdoc/>
    public Task PublishAsync(WallUpdate update) => hub.Clients.Group(WallGroup.Name).Wall(update);
}
