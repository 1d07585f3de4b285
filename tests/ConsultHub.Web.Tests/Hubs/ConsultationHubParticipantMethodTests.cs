using System.Net.Http.Json;
using ConsultHub.Domain.Model;
using ConsultHub.Testing.Client;
using ConsultHub.Web.Tests.Fixtures;
using static ConsultHub.Web.Tests.Fixtures.HubAssert;

namespace ConsultHub.Web.Tests.Hubs;

/// <summary>Participant methods: accepted from participants, refused for everyone else.</summary>
[Collection(HubServerCollection.Name)]
public sealed class ConsultationHubParticipantMethodTests(HubServer server)
{
    [Fact]
    public async Task ParticipantMethods_CalledByParticipants_AreAccepted()
    {
        await using var room = await Room.CreateAsync(server);
        var amina = await room.ConnectAsync((await room.JoinAsync("Amina")).Token);
        var kofi = await room.ConnectAsync((await room.JoinAsync("Kofi", StakeholderGroup.Academia)).Token);
        var moderator = await room.ConnectAsync(room.Keys.ModeratorKey);
        await amina.WatchAsync(room.Id);
        var v = await room.VersionAsync();

        v = (await AcceptedAsync(v, amina, "RaiseHand", room.Id, "point-of-order")).Version;
        v = (await AcceptedAsync(v, amina, "LowerHand", room.Id)).Version;
        var posted = await AcceptedAsync(v, amina, "PostPoint", room.Id, "challenge", "Cross-border transfers need safeguards.", "data");
        Assert.Equal("P1", posted.Id);
        v = (await AcceptedAsync(posted.Version, kofi, "Upvote", room.Id, "P1")).Version;
        v = (await AcceptedAsync(v, kofi, "Upvote", room.Id, "P1")).Version;
        var poll = await AcceptedAsync(v, moderator, "OpenPoll", room.Id, "Keep article 4?", new[] { "yes", "no" }, false);
        Assert.Equal("Q1", poll.Id);
        v = (await AcceptedAsync(poll.Version, amina, "Vote", room.Id, "Q1", 1)).Version;
        v = (await AcceptedAsync(v, amina, "Vote", room.Id, "Q1", 0)).Version;
        await AcceptedAsync(v, amina, "Leave", room.Id);

        var view = await server.Api.GetViewAsync(room.Id, room.Keys.ModeratorKey);
        Assert.Equal(0, view.GetProperty("points")[0].GetProperty("votes").GetInt32());
        Assert.Equal([1, 0], view.GetProperty("polls")[0].GetProperty("results").EnumerateArray().Select(r => r.GetInt32()));
    }

    [Fact]
    public async Task ParticipantMethods_CalledByAnObserver_AreForbidden()
    {
        await using var room = await Room.CreateAsync(server);
        await ArrangePointAndPollAsync(room);
        var observer = await room.ConnectAsync(null);
        var before = await room.VersionAsync();

        await AllForbiddenAsync(observer, room.Id);

        Assert.Equal(before, await room.VersionAsync());
    }

    [Fact]
    public async Task ParticipantMethods_CalledWithThePrivateObserverKey_AreForbidden()
    {
        await using var room = await Room.CreateAsync(server, s => s with { Visibility = Visibility.Private });
        await ArrangePointAndPollAsync(room);
        var observer = await room.ConnectAsync(room.Keys.ObserverKey);

        await AllForbiddenAsync(observer, room.Id);
    }

    [Fact]
    public async Task ParticipantMethods_CalledByAModeratorWhoHasNotJoined_AreForbidden()
    {
        await using var room = await Room.CreateAsync(server);
        await ArrangePointAndPollAsync(room);
        var moderator = await room.ConnectAsync(room.Keys.ModeratorKey);

        var message = await RefusedAsync("forbidden", moderator, "RaiseHand", room.Id, "speak");

        Assert.Contains("Join the consultation", message, StringComparison.Ordinal);
        await AllForbiddenAsync(moderator, room.Id);
    }

    [Theory]
    [InlineData("not-a-token")]
    [InlineData("u123.forged-secret")]
    public async Task ParticipantMethods_CalledWithAnUnknownToken_AreForbidden(string token)
    {
        await using var room = await Room.CreateAsync(server);
        await ArrangePointAndPollAsync(room);
        var stranger = await room.ConnectAsync(token);

        await AllForbiddenAsync(stranger, room.Id);
        await WatchRefusedAsync("forbidden", stranger, room.Id);
    }

    [Fact]
    public async Task ParticipantToken_OfAnotherConsultation_IsForbidden()
    {
        await using var mine = await Room.CreateAsync(server);
        await using var theirs = await Room.CreateAsync(server);
        await ArrangePointAndPollAsync(mine);
        var outsider = await mine.ConnectAsync((await theirs.JoinAsync("Outsider")).Token);

        await AllForbiddenAsync(outsider, mine.Id);
    }

    [Fact]
    public async Task ModeratorWhoJoinedTheFloor_MayRaiseAHandLikeAnyone()
    {
        await using var room = await Room.CreateAsync(server);
        using var join = await server.Api.SendAsync(HttpMethod.Post, $"/api/consultations/{room.Id}/participants",
            ConsultationApi.Json(new { displayName = "Chair", stakeholderGroup = "other" }), room.Keys.ModeratorKey);
        join.EnsureSuccessStatusCode();
        var token = (await join.Content.ReadFromJsonAsync<ParticipantToken>())!.Token;
        var chair = await room.ConnectAsync(token);

        await AcceptedAsync(await room.VersionAsync(), chair, "RaiseHand", room.Id, "speak");
        await AcceptedAsync(await room.VersionAsync(), chair, "Start", room.Id);
    }

    /// <summary>A visible point P1 and an open poll Q1, so refusals are about the caller, not missing targets.</summary>
    private static async Task ArrangePointAndPollAsync(Room room)
    {
        var author = await room.ConnectAsync((await room.JoinAsync("Author")).Token);
        var moderator = await room.ConnectAsync(room.Keys.ModeratorKey);
        await author.SendAsync("PostPoint", room.Id, "observation", "A point to vote on.", null);
        await author.SendAsync("RaiseHand", room.Id, "speak");
        await moderator.SendAsync("OpenPoll", room.Id, "A poll?", new[] { "a", "b" }, false);
    }

    private static async Task AllForbiddenAsync(HubClient caller, string id)
    {
        await RefusedAsync("forbidden", caller, "RaiseHand", id, "speak");
        await RefusedAsync("forbidden", caller, "LowerHand", id);
        await RefusedAsync("forbidden", caller, "PostPoint", id, "observation", "Not allowed.", null);
        await RefusedAsync("forbidden", caller, "Upvote", id, "P1");
        await RefusedAsync("forbidden", caller, "Vote", id, "Q1", 0);
        await RefusedAsync("forbidden", caller, "Leave", id);
    }
}
