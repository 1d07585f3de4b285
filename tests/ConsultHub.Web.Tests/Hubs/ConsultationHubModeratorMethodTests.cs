using ConsultHub.Domain.Model;
using ConsultHub.Testing.Client;
using ConsultHub.Web.Tests.Fixtures;
using static ConsultHub.Web.Tests.Fixtures.HubAssert;

namespace ConsultHub.Web.Tests.Hubs;

/// <summary>Moderator methods: accepted from the moderator key, forbidden for participants and observers.</summary>
[Collection(HubServerCollection.Name)]
public sealed class ConsultationHubModeratorMethodTests(HubServer server)
{
    [Fact]
    public async Task ModeratorMethods_CalledByTheModerator_AreAccepted()
    {
        await using var room = await Room.CreateAsync(server, s => s with { ModerationMode = ModerationMode.Premoderated });
        var (amina, aminaId) = await JoinAndConnectAsync(room, "Amina");
        var (kofi, kofiId) = await JoinAndConnectAsync(room, "Kofi");
        var moderator = await room.ConnectAsync(room.Keys.ModeratorKey);
        var v = await room.VersionAsync();

        v = (await AcceptedAsync(v, moderator, "Start", room.Id)).Version;
        var p1 = await AcceptedAsync(v, amina, "PostPoint", room.Id, "observation", "Localisation rules hurt small firms.", null);
        v = (await AcceptedAsync(p1.Version, moderator, "ApprovePoint", room.Id, p1.Id)).Version;
        var p2 = await AcceptedAsync(v, kofi, "PostPoint", room.Id, "recommendation", "Fund regional data centres.", "data");
        v = (await AcceptedAsync(p2.Version, moderator, "ApprovePoint", room.Id, p2.Id)).Version;
        var p3 = await AcceptedAsync(v, moderator, "CapturePoint", room.Id, "question", "Who pays for the centres?", "capacity", aminaId);
        Assert.Equal(("P1", "P2", "P3"), (p1.Id, p2.Id, p3.Id));
        v = (await AcceptedAsync(p3.Version, moderator, "PinPoint", room.Id, "P3", true)).Version;
        v = (await AcceptedAsync(v, moderator, "SetPointTheme", room.Id, "P1", "capacity")).Version;
        v = (await AcceptedAsync(v, moderator, "MergePoints", room.Id, "P2", "P1")).Version;
        v = (await AcceptedAsync(v, moderator, "HidePoint", room.Id, "P3", "Off topic.")).Version;
        var poll = await AcceptedAsync(v, moderator, "OpenPoll", room.Id, "Keep article 4?", new[] { "yes", "no", "amend" }, true);
        Assert.Equal("Q1", poll.Id);
        v = (await AcceptedAsync(poll.Version, moderator, "ClosePoll", room.Id, "Q1")).Version;
        v = (await AcceptedAsync(v, amina, "RaiseHand", room.Id, "speak")).Version;
        v = (await AcceptedAsync(v, kofi, "RaiseHand", room.Id, "speak")).Version;
        v = (await AcceptedAsync(v, moderator, "MoveHand", room.Id, kofiId, 1)).Version;
        v = (await AcceptedAsync(v, moderator, "RemoveHand", room.Id, aminaId, "You spoke already.")).Version;
        var turn = await AcceptedAsync(v, moderator, "GiveFloor", room.Id, null);
        Assert.Equal("T1", turn.Id);
        v = (await AcceptedAsync(turn.Version, moderator, "EndTurn", room.Id)).Version;
        v = (await AcceptedAsync(v, amina, "RaiseHand", room.Id, "reply")).Version;
        v = (await AcceptedAsync(v, moderator, "LowerAllHands", room.Id, null)).Version;
        v = (await AcceptedAsync(v, moderator, "GiveFloor", room.Id, aminaId)).Version;
        v = (await AcceptedAsync(v, moderator, "EndTurn", room.Id)).Version;
        v = (await AcceptedAsync(v, moderator, "RemoveParticipant", room.Id, kofiId, "Left the meeting.")).Version;
        v = (await AcceptedAsync(v, moderator, "Close", room.Id)).Version;

        var view = await server.Api.GetViewAsync(room.Id, room.Keys.ModeratorKey);
        Assert.Equal(v, view.GetProperty("version").GetInt64());
        Assert.Equal("closed", view.GetProperty("status").GetString());
        var moderation = view.GetProperty("tallies").GetProperty("moderation");
        Assert.Equal((1, 1, 1, 2, 1), (moderation.GetProperty("hidden").GetInt32(), moderation.GetProperty("merged").GetInt32(),
            moderation.GetProperty("reordered").GetInt32(), moderation.GetProperty("handsRemoved").GetInt32(),
            moderation.GetProperty("participantsRemoved").GetInt32()));
        Assert.Equal(2, view.GetProperty("tallies").GetProperty("turns").GetInt32());
    }

    [Fact]
    public async Task ModeratorMethods_CalledByAParticipant_AreForbidden()
    {
        await using var room = await Room.CreateAsync(server, s => s with { ModerationMode = ModerationMode.Premoderated });
        var targets = await ArrangeTargetsAsync(room);
        var (kofi, _) = await JoinAndConnectAsync(room, "Kofi");
        var before = await room.VersionAsync();

        await AllForbiddenAsync(kofi, room.Id, targets.Speaker);
        await RefusedAsync("forbidden", kofi, "EndTurn", room.Id);

        Assert.Equal(before, await room.VersionAsync());
    }

    [Fact]
    public async Task ModeratorMethods_CalledByAnObserver_AreForbidden()
    {
        await using var room = await Room.CreateAsync(server, s => s with { ModerationMode = ModerationMode.Premoderated });
        var targets = await ArrangeTargetsAsync(room);
        var before = await room.VersionAsync();

        foreach (var observer in new[] { await room.ConnectAsync(null), await room.ConnectAsync(room.Keys.ObserverKey) })
        {
            await AllForbiddenAsync(observer, room.Id, targets.Speaker);
            await RefusedAsync("forbidden", observer, "EndTurn", room.Id);
        }

        Assert.Equal(before, await room.VersionAsync());
    }

    [Fact]
    public async Task EndTurn_CalledByTheSpeaker_IsAccepted()
    {
        await using var room = await Room.CreateAsync(server);
        var (speaker, _) = await JoinAndConnectAsync(room, "Speaker");
        var moderator = await room.ConnectAsync(room.Keys.ModeratorKey);
        await moderator.SendAsync("Start", room.Id);
        await speaker.SendAsync("RaiseHand", room.Id, "speak");
        var given = await moderator.SendAsync("GiveFloor", room.Id, null);

        var ended = await AcceptedAsync(given.Version, speaker, "EndTurn", room.Id);

        var view = await server.Api.GetViewAsync(room.Id);
        Assert.Equal(ended.Version, view.GetProperty("version").GetInt64());
        Assert.False(view.TryGetProperty("floor", out _), "Nobody has the floor once the speaker ends the turn.");
    }

    private static async Task<(HubClient Client, string ParticipantId)> JoinAndConnectAsync(Room room, string name)
    {
        var joined = await room.JoinAsync(name);
        return (await room.ConnectAsync(joined.Token), joined.ParticipantId);
    }

    /// <summary>A live consultation with a pending point P1, an open poll Q1, a hand in the queue and a speaker holding the floor.</summary>
    private static async Task<(string Speaker, string Waiting)> ArrangeTargetsAsync(Room room)
    {
        var (speaker, speakerId) = await JoinAndConnectAsync(room, "Speaker");
        var (waiting, waitingId) = await JoinAndConnectAsync(room, "Waiting");
        var moderator = await room.ConnectAsync(room.Keys.ModeratorKey);
        await moderator.SendAsync("Start", room.Id);
        await speaker.SendAsync("PostPoint", room.Id, "observation", "Pending for approval.", null);
        await moderator.SendAsync("CapturePoint", room.Id, "question", "Captured from the floor.", null, null);
        await moderator.SendAsync("OpenPoll", room.Id, "A poll?", new[] { "a", "b" }, false);
        await speaker.SendAsync("RaiseHand", room.Id, "speak");
        await waiting.SendAsync("RaiseHand", room.Id, "speak");
        await moderator.SendAsync("GiveFloor", room.Id, speakerId);
        return (speakerId, waitingId);
    }

    private static async Task AllForbiddenAsync(HubClient caller, string id, string participantId)
    {
        await RefusedAsync("forbidden", caller, "Start", id);
        await RefusedAsync("forbidden", caller, "Close", id);
        await RefusedAsync("forbidden", caller, "GiveFloor", id, null);
        await RefusedAsync("forbidden", caller, "GiveFloor", id, participantId);
        await RefusedAsync("forbidden", caller, "LowerAllHands", id, null);
        await RefusedAsync("forbidden", caller, "RemoveHand", id, participantId, null);
        await RefusedAsync("forbidden", caller, "MoveHand", id, participantId, 1);
        await RefusedAsync("forbidden", caller, "ApprovePoint", id, "P1");
        await RefusedAsync("forbidden", caller, "HidePoint", id, "P2", null);
        await RefusedAsync("forbidden", caller, "PinPoint", id, "P2", true);
        await RefusedAsync("forbidden", caller, "SetPointTheme", id, "P2", "data");
        await RefusedAsync("forbidden", caller, "MergePoints", id, "P1", "P2");
        await RefusedAsync("forbidden", caller, "CapturePoint", id, "observation", "Not mine to capture.", null, null);
        await RefusedAsync("forbidden", caller, "OpenPoll", id, "Another poll?", new[] { "a", "b" }, false);
        await RefusedAsync("forbidden", caller, "ClosePoll", id, "Q1");
        await RefusedAsync("forbidden", caller, "RemoveParticipant", id, participantId, null);
    }
}
