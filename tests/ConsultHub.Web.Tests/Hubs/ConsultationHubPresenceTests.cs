using ConsultHub.Web.Tests.Fixtures;
using static ConsultHub.Web.Tests.Fixtures.HubAssert;

namespace ConsultHub.Web.Tests.Hubs;

/// <summary>Presence follows connections; removal closes them and revokes the token at once.</summary>
[Collection(HubServerCollection.Name)]
public sealed class ConsultationHubPresenceTests(HubServer server)
{
    [Fact]
    public async Task ParticipantWatch_MarksThemConnected_AndClosingTheConnectionMarksThemDisconnected()
    {
        await using var room = await Room.CreateAsync(server);
        var amina = await room.JoinAsync("Amina", country: "KE");
        var (observer, _) = await room.WatchAsync(null);

        var (participant, _) = await room.WatchAsync(amina.Token);
        var connected = await observer.EventAsync(e => e.Type == "participant-connected", Waits.Short);
        await participant.DisposeAsync();
        var disconnected = await observer.EventAsync(e => e.Type == "participant-disconnected", Waits.Short);

        Assert.Equal(amina.ParticipantId, connected.Data!.Value.GetProperty("participantId").GetString());
        Assert.Equal(1, connected.Tallies!.Value.GetProperty("presentByCountry").GetProperty("KE").GetInt32());
        Assert.Equal(amina.ParticipantId, disconnected.Data!.Value.GetProperty("participantId").GetString());
        Assert.True(disconnected.Version > connected.Version);
        Assert.False(disconnected.Tallies!.Value.GetProperty("presentByCountry").TryGetProperty("KE", out _));
    }

    [Fact]
    public async Task SecondConnectionOfAParticipant_KeepsThemConnectedUntilTheLastOneCloses()
    {
        await using var room = await Room.CreateAsync(server);
        var amina = await room.JoinAsync("Amina");
        var (observer, _) = await room.WatchAsync(null);
        var (laptop, _) = await room.WatchAsync(amina.Token);
        var (phone, _) = await room.WatchAsync(amina.Token);
        await observer.EventAsync(e => e.Type == "participant-connected", Waits.Short);

        await laptop.DisposeAsync();
        var probe = await (await room.ConnectAsync(room.Keys.ModeratorKey)).SendAsync("CapturePoint", room.Id, "observation", "Probe.", null, null);
        await observer.VersionAsync(probe.Version, Waits.Short);
        Assert.DoesNotContain(observer.Events, e => e.Type == "participant-disconnected");
        Assert.Single(observer.Events, e => e.Type == "participant-connected");

        await phone.DisposeAsync();
        await observer.EventAsync(e => e.Type == "participant-disconnected", Waits.Short);
    }

    [Fact]
    public async Task RemovedParticipant_IsToldAndDisconnected_AndTheirTokenIsRefusedAfterwards()
    {
        await using var room = await Room.CreateAsync(server);
        var amina = await room.JoinAsync("Amina");
        var (participant, _) = await room.WatchAsync(amina.Token);
        var (observer, _) = await room.WatchAsync(null);
        var (moderator, _) = await room.WatchAsync(room.Keys.ModeratorKey);
        await participant.SendAsync("RaiseHand", room.Id, "speak");

        var removal = await moderator.SendAsync("RemoveParticipant", room.Id, amina.ParticipantId, "Repeated personal attacks.");

        Assert.Equal(room.Id, await participant.Removed.WaitAsync(Waits.Short));
        await participant.Closed.WaitAsync(Waits.Short);
        var seenByObserver = await observer.VersionAsync(removal.Version, Waits.Short);
        Assert.Equal("participant-removed", seenByObserver.Type);
        Assert.False(seenByObserver.Data!.Value.TryGetProperty("reason", out _));
        var seenByModerator = await moderator.EventAsync(e => e.Type == "participant-removed", Waits.Short);
        Assert.Equal("Repeated personal attacks.", seenByModerator.Data!.Value.GetProperty("reason").GetString());
        Assert.Contains(observer.Events, e => e.Type == "hand-lowered" && e.Data!.Value.GetProperty("reason").GetString() == "removed");

        var again = await room.ConnectAsync(amina.Token);
        await WatchRefusedAsync("forbidden", again, room.Id);
        await RefusedAsync("forbidden", again, "RaiseHand", room.Id, "speak");
        await RefusedAsync("forbidden", again, "PostPoint", room.Id, "observation", "Still here?", null);
        using var http = await server.Api.SendAsync(HttpMethod.Get, $"/api/consultations/{room.Id}", null, amina.Token);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, http.StatusCode);
    }
}
