using ConsultHub.Grains.Wall;
using ConsultHub.Web.Hubs;
using Microsoft.AspNetCore.SignalR;

namespace ConsultHub.Web.Wall;

/// <summary>
/// This silo's observer of the wall grain (subscribed by <see cref="WallSubscription"/>): sends each
/// update to the silo's <c>wall</c> group as a <c>wall</c> message; a group send serializes the batch
/// once for every watcher here.
/// </summary>
public sealed class SignalRWallNotifier(IHubContext<ConsultationHub, IConsultationClient> hub) : IWallObserver
{
    /// <inheritdoc/>
    public Task UpdatedAsync(WallUpdate update) => hub.Clients.Group(WallGroup.Name).Wall(update);
}
