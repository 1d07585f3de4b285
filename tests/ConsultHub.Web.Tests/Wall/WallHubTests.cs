using System.Text.Json;
using ConsultHub.Domain.Model;
using ConsultHub.Web.Tests.Fixtures;

namespace ConsultHub.Web.Tests.Wall;

[Collection(HubServerCollection.Name)]
public sealed class WallHubTests(HubServer server)
{
    [Fact]
    public async Task WatchWall_ShowsThreeConcurrentConsultations_UpdatingLive_UntilTheyClose()
    {
        await using var asia = await Room.CreateAsync(server, s => s with { Title = "Asia", Region = "Asia", TimeZone = "Asia/Tokyo" });
        await using var africa = await Room.CreateAsync(server, s => s with { Title = "Africa", Region = "Africa" });
        await using var americas = await Room.CreateAsync(server, s => s with { Title = "Americas", Region = "Americas", TimeZone = "America/New_York" });
        await using var hidden = await Room.CreateAsync(server, s => s with { Title = "Private", Visibility = Visibility.Private });
        var rooms = new[] { asia, africa, americas };
        var people = new List<(Room Room, string Token)>();
        foreach (var room in rooms)
        {
            var token = (await room.JoinAsync($"Speaker in {room.Id}", StakeholderGroup.Academia, "KE")).Token;
            await (await room.ConnectAsync(token)).WatchAsync(room.Id);
            people.Add((room, token));
            await (await room.ConnectAsync(room.Keys.ModeratorKey)).SendAsync("Start", room.Id);
        }
        await (await hidden.ConnectAsync(hidden.Keys.ModeratorKey)).SendAsync("Start", hidden.Id);
        await using var pool = new ClientPool(server.Address);

        var wall = await WallWatcher.WatchAsync(await pool.ConnectAsync(null));

        await wall.WhenAsync(e => rooms.All(r => e.ContainsKey(r.Id) && Present(e[r.Id]) == 1), Waits.Long);
        Assert.Equal("academia", Assert.Single(wall.Entries[asia.Id].GetProperty("presentByGroup").EnumerateObject()).Name);
        Assert.Equal("Asia/Tokyo", wall.Entries[asia.Id].GetProperty("timeZone").GetString());

        foreach (var (room, token) in people)
        {
            var participant = await room.ConnectAsync(token);
            await participant.SendAsync("RaiseHand", room.Id, "speak");
            await participant.SendAsync("PostPoint", room.Id, "recommendation", $"Point made in {room.Id}", null);
        }
        await (await africa.ConnectAsync(africa.Keys.ModeratorKey)).SendAsync("GiveFloor", africa.Id, null);

        await wall.WhenAsync(e => rooms.All(r => e.TryGetValue(r.Id, out var x) && x.GetProperty("topPoints").GetArrayLength() == 1), Waits.Long);
        await wall.WhenAsync(e => e[africa.Id].TryGetProperty("speaker", out var s) && s.GetProperty("displayName").GetString() == $"Speaker in {africa.Id}", Waits.Long);
        await wall.WhenAsync(e => e[asia.Id].GetProperty("handsRaised").GetInt32() == 1, Waits.Long);
        Assert.DoesNotContain(hidden.Id, wall.Entries.Keys);
        Assert.True(wall.Messages > 0, "Updates arrive as wall messages.");

        await (await americas.ConnectAsync(americas.Keys.ModeratorKey)).SendAsync("Close", americas.Id);

        await wall.WhenAsync(e => !e.ContainsKey(americas.Id), Waits.Long);
        Assert.Contains(asia.Id, wall.Entries.Keys);
    }

    private static int Present(JsonElement entry) => entry.GetProperty("present").GetInt32();
}
