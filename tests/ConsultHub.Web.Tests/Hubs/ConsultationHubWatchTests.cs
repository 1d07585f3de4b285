using System.Text.Json;
using ConsultHub.Domain.Model;
using ConsultHub.Testing.Client;
using ConsultHub.Web.Tests.Fixtures;
using static ConsultHub.Web.Tests.Fixtures.HubAssert;

namespace ConsultHub.Web.Tests.Hubs;

/// <summary>Watch returns each role its own view, and events reach each audience shaped for it.</summary>
[Collection(HubServerCollection.Name)]
public sealed class ConsultationHubWatchTests(HubServer server)
{
    private const string PendingText = "Pending: data localisation should be optional.";

    [Fact]
    public async Task Watch_ReturnsTheViewOfEachRole()
    {
        await using var room = await Room.CreateAsync(server, s => s with { ModerationMode = ModerationMode.Premoderated });
        var amina = await room.JoinAsync("Amina");
        await (await room.ConnectAsync(amina.Token)).SendAsync("PostPoint", room.Id, "observation", PendingText, null);

        var (_, observer) = await room.WatchAsync(null);
        var (_, moderator) = await room.WatchAsync(room.Keys.ModeratorKey);
        var (_, organizer) = await room.WatchAsync(HubServer.OrganizerKey);
        var (_, participant) = await room.WatchAsync(amina.Token);

        Assert.Equal(("observer", "observer"), (observer.Role, observer.Audience));
        Assert.Equal(("moderator", "moderator"), (moderator.Role, moderator.Audience));
        Assert.Equal(("organizer", "moderator"), (organizer.Role, organizer.Audience));
        Assert.Equal(("participant", "participant", amina.ParticipantId), (participant.Role, participant.Audience, participant.ParticipantId));
        Assert.All(new[] { observer, moderator, organizer, participant }, reply =>
        {
            Assert.Null(reply.Events);
            Assert.Equal(reply.Version, View(reply).GetProperty("version").GetInt64());
        });
        Assert.False(View(observer).TryGetProperty("joinCode", out _));
        Assert.False(View(observer).TryGetProperty("ledger", out _));
        Assert.Empty(View(observer).GetProperty("points").EnumerateArray());
        Assert.Equal(room.Keys.JoinCode, View(moderator).GetProperty("joinCode").GetString());
        Assert.Equal(PendingText, Assert.Single(View(moderator).GetProperty("points").EnumerateArray()).GetProperty("text").GetString());
        Assert.Equal(PendingText, Assert.Single(View(participant).GetProperty("points").EnumerateArray()).GetProperty("text").GetString());
        Assert.Equal(amina.ParticipantId, View(participant).GetProperty("participantId").GetString());
        Assert.Equal(1, View(observer).GetProperty("tallies").GetProperty("moderation").GetProperty("pending").GetInt32());
    }

    [Fact]
    public async Task Watch_OfAPrivateConsultation_NeedsAKey()
    {
        await using var room = await Room.CreateAsync(server, s => s with { Visibility = Visibility.Private });

        await WatchRefusedAsync("forbidden", await room.ConnectAsync(null), room.Id);
        var (_, observer) = await room.WatchAsync(room.Keys.ObserverKey);

        Assert.Equal("observer", observer.Role);
    }

    [Fact]
    public async Task PendingPoint_ReachesModeratorsWithItsText_AndOthersAsPrivateWithoutIt()
    {
        await using var room = await Room.CreateAsync(server, s => s with { ModerationMode = ModerationMode.Premoderated });
        var amina = await room.JoinAsync("Amina");
        var kofi = await room.JoinAsync("Kofi");
        var author = await room.ConnectAsync(amina.Token);
        var (moderator, _) = await room.WatchAsync(room.Keys.ModeratorKey);
        var (observer, _) = await room.WatchAsync(null);
        var (participant, _) = await room.WatchAsync(kofi.Token);

        var posted = await author.SendAsync("PostPoint", room.Id, "recommendation", PendingText, "data");

        var seenByModerator = await moderator.VersionAsync(posted.Version, Waits.Short);
        Assert.Equal(("point-posted", posted.Version), (seenByModerator.Type, seenByModerator.Version));
        Assert.Equal(PendingText, seenByModerator.Data!.Value.GetProperty("text").GetString());
        Assert.Equal("pending", seenByModerator.Data!.Value.GetProperty("status").GetString());
        foreach (var other in new[] { observer, participant })
        {
            var seen = await other.VersionAsync(posted.Version, Waits.Short);
            Assert.Equal(("private", posted.Version), (seen.Type, seen.Version));
            Assert.Null(seen.Data);
            Assert.DoesNotContain(other.Events, e => JsonSerializer.Serialize(e).Contains("localisation", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task ApprovedPoint_ReachesTheObserverAsPointApprovedWithThePoint()
    {
        await using var room = await Room.CreateAsync(server, s => s with { ModerationMode = ModerationMode.Premoderated });
        var author = await room.ConnectAsync((await room.JoinAsync("Amina")).Token);
        var moderator = await room.ConnectAsync(room.Keys.ModeratorKey);
        var (observer, _) = await room.WatchAsync(null);
        var posted = await author.SendAsync("PostPoint", room.Id, "recommendation", PendingText, "data");

        var approved = await moderator.SendAsync("ApprovePoint", room.Id, posted.Id);

        var seen = await observer.VersionAsync(approved.Version, Waits.Short);
        Assert.Equal(("point-approved", approved.Version), (seen.Type, seen.Version));
        var point = seen.Data!.Value;
        Assert.Equal((posted.Id, PendingText, "visible", "data"),
            (point.GetProperty("id").GetString(), point.GetProperty("text").GetString(), point.GetProperty("status").GetString(), point.GetProperty("theme").GetString()));
        Assert.Equal(1, seen.Tallies!.Value.GetProperty("pointsByKind").GetProperty("recommendation").GetInt32());
        var (_, later) = await room.WatchAsync(null);
        Assert.Equal(PendingText, Assert.Single(View(later).GetProperty("points").EnumerateArray()).GetProperty("text").GetString());
    }

    [Fact]
    public async Task HiddenPoint_ReachesObserversWithoutItsTextOrReason()
    {
        await using var room = await Room.CreateAsync(server);
        var author = await room.ConnectAsync((await room.JoinAsync("Amina")).Token);
        var moderator = await room.ConnectAsync(room.Keys.ModeratorKey);
        var (observer, _) = await room.WatchAsync(null);
        var posted = await author.SendAsync("PostPoint", room.Id, "challenge", "Something to hide.", null);

        var hidden = await moderator.SendAsync("HidePoint", room.Id, posted.Id, "Personal attack.");

        var seen = await observer.VersionAsync(hidden.Version, Waits.Short);
        Assert.Equal("point-hidden", seen.Type);
        Assert.Equal(posted.Id, seen.Data!.Value.GetProperty("pointId").GetString());
        Assert.False(seen.Data!.Value.TryGetProperty("reason", out _));
        var (_, later) = await room.WatchAsync(null);
        Assert.Empty(View(later).GetProperty("points").EnumerateArray());
        Assert.Equal(1, View(later).GetProperty("tallies").GetProperty("moderation").GetProperty("hidden").GetInt32());
    }

    [Fact]
    public async Task QueueChanges_CarryTheServerOrderedQueue()
    {
        await using var room = await Room.CreateAsync(server);
        var amina = await room.ConnectAsync((await room.JoinAsync("Amina")).Token);
        var kofi = await room.ConnectAsync((await room.JoinAsync("Kofi")).Token);
        var (observer, _) = await room.WatchAsync(null);
        await amina.SendAsync("RaiseHand", room.Id, "speak");

        var raised = await kofi.SendAsync("RaiseHand", room.Id, "point-of-order");

        var seen = await observer.VersionAsync(raised.Version, Waits.Short);
        Assert.Equal("hand-raised", seen.Type);
        var queue = seen.Queue!.Value.EnumerateArray().Select(h => (h.GetProperty("position").GetInt32(), h.GetProperty("displayName").GetString(), h.GetProperty("intent").GetString()));
        Assert.Equal([(1, "Kofi", "point-of-order"), (2, "Amina", "speak")], queue);
    }

    private static JsonElement View(WatchReply reply) => reply.View ?? throw new Xunit.Sdk.XunitException("Watch returned no view.");
}
