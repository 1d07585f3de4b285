using ConsultHub.Web.Tests.Fixtures;

namespace ConsultHub.Web.Tests.Hubs;

/// <summary>Changes made by the grain's own timers reach watchers like any other, in version order.</summary>
[Collection(HubServerCollection.Name)]
public sealed class ConsultationHubTimerTests(HubServer server)
{
    [Fact]
    public async Task ShortTurn_IsWarnedByTheServerTimer_AndEveryWatcherSeesItNext()
    {
        await using var room = await Room.CreateAsync(server, s => s with { SpeakingLimitSeconds = 10 });
        var speaker = await room.JoinAsync("Amina");
        var (moderator, _) = await room.WatchAsync(room.Keys.ModeratorKey);
        var (observer, _) = await room.WatchAsync(null);
        await moderator.SendAsync("Start", room.Id);

        var given = await moderator.SendAsync("GiveFloor", room.Id, speaker.ParticipantId);

        foreach (var watcher in new[] { moderator, observer })
        {
            var warned = await watcher.EventAsync(e => e.Type == "turn-warned", Waits.Short);
            Assert.Equal(given.Version + 1, warned.Version);
            Assert.Equal(given.Id, warned.Data!.Value.GetProperty("turnId").GetString());
            var floor = watcher.Events.Single(e => e.Version == given.Version);
            Assert.Equal("floor-given", floor.Type);
            Assert.Equal(10, floor.Data!.Value.GetProperty("limitSeconds").GetInt32());
        }
    }
}
