using ConsultHub.Testing.Client;
using ConsultHub.Web.Tests.Fixtures;

namespace ConsultHub.Web.Tests.Hubs;

/// <summary>A watcher that dropped resumes with exactly the events it missed, or a whole view when they are gone.</summary>
[Collection(HubServerCollection.Name)]
public sealed class ConsultationHubResumeTests(HubServer server)
{
    [Fact]
    public async Task Watch_SinceTheLastVersionSeen_ReturnsExactlyTheMissedEvents()
    {
        await using var room = await Room.CreateAsync(server);
        var moderator = await room.ConnectAsync(room.Keys.ModeratorKey);
        var (first, _) = await room.WatchAsync(null);
        var seen = await CaptureAsync(moderator, room.Id, 3);
        var lastSeen = (await first.VersionAsync(seen, Waits.Short)).Version;
        await first.DisposeAsync();
        var missed = new List<HubReply>();
        for (var i = 0; i < 5; i++)
        {
            missed.Add(await moderator.SendAsync("CapturePoint", room.Id, "question", $"Missed {i}?", null, null));
        }

        var second = await room.ConnectAsync(null);
        var reply = await second.WatchAsync(room.Id, lastSeen);

        Assert.Null(reply.View);
        Assert.NotNull(reply.Events);
        Assert.Equal(missed.Select(m => m.Version), reply.Events.Select(e => e.Version));
        Assert.Equal(missed.Select(m => m.Id), reply.Events.Select(e => e.Data!.Value.GetProperty("id").GetString()));
        Assert.All(reply.Events, e => Assert.Equal("point-posted", e.Type));
        Assert.Equal(missed[^1].Version, reply.Version);
        var live = await moderator.SendAsync("CapturePoint", room.Id, "question", "Live again?", null, null);
        Assert.Equal(live.Version, (await second.VersionAsync(live.Version, Waits.Short)).Version);
    }

    [Fact]
    public async Task Watch_SinceTheCurrentVersion_ReturnsNoEvents()
    {
        await using var room = await Room.CreateAsync(server);
        var version = await room.VersionAsync();

        var reply = await (await room.ConnectAsync(null)).WatchAsync(room.Id, version);

        Assert.Null(reply.View);
        Assert.Empty(reply.Events!);
        Assert.Equal(version, reply.Version);
    }

    [Fact]
    public async Task Watch_SinceAVersionOlderThanTheResumeWindow_ReturnsTheWholeView()
    {
        await using var room = await Room.CreateAsync(server);
        var moderator = await room.ConnectAsync(room.Keys.ModeratorKey);
        var current = await CaptureAsync(moderator, room.Id, HubServer.ResumeWindow + 5);

        var reply = await (await room.ConnectAsync(null)).WatchAsync(room.Id, 1);

        Assert.Null(reply.Events);
        Assert.NotNull(reply.View);
        Assert.Equal(current, reply.View.Value.GetProperty("version").GetInt64());
        Assert.Equal(HubServer.ResumeWindow + 5, reply.View.Value.GetProperty("points").GetArrayLength());
    }

    [Fact]
    public async Task Watch_SinceAVersionFromTheFuture_ReturnsTheWholeView()
    {
        await using var room = await Room.CreateAsync(server);

        var reply = await (await room.ConnectAsync(null)).WatchAsync(room.Id, 1_000);

        Assert.Null(reply.Events);
        Assert.Equal(1, reply.View!.Value.GetProperty("version").GetInt64());
    }

    private static async Task<long> CaptureAsync(HubClient moderator, string id, int count)
    {
        var version = 0L;
        for (var i = 0; i < count; i++)
        {
            version = (await moderator.SendPacedAsync("CapturePoint", [id, "observation", $"Point {i}.", null, null])).Version;
        }
        return version;
    }
}
