using ConsultHub.Testing.Client;
using ConsultHub.Web.Tests.Fixtures;
using static ConsultHub.Web.Tests.Fixtures.HubAssert;

namespace ConsultHub.Web.Tests.Hubs;

/// <summary>Bad input gets a coded refusal and never changes state.</summary>
[Collection(HubServerCollection.Name)]
public sealed class ConsultationHubRefusalTests(HubServer server)
{
    [Fact]
    public async Task BadEnumStrings_AreRefusedAsInvalid()
    {
        await using var room = await Room.CreateAsync(server);
        var (participant, moderator) = await ArrangeAsync(room);
        var before = await room.VersionAsync();

        var message = await RefusedAsync("invalid", participant, "RaiseHand", room.Id, "shout");
        Assert.Contains("speak, reply, point-of-order", message, StringComparison.Ordinal);
        await RefusedAsync("invalid", participant, "RaiseHand", room.Id, "");
        await RefusedAsync("invalid", participant, "RaiseHand", room.Id, null);
        await RefusedAsync("invalid", participant, "PostPoint", room.Id, "rant", "Text.", null);
        await RefusedAsync("invalid", participant, "PostPoint", room.Id, "0", "Text.", null);
        await RefusedAsync("invalid", moderator, "CapturePoint", room.Id, "point-of-order", "Text.", null, null);

        Assert.Equal(before, await room.VersionAsync());
    }

    [Fact]
    public async Task MalformedIds_AreRefusedAsInvalid()
    {
        await using var room = await Room.CreateAsync(server);
        var (participant, moderator) = await ArrangeAsync(room);

        await RefusedAsync("invalid", participant, "Upvote", room.Id, "P 1");
        await RefusedAsync("invalid", participant, "Upvote", room.Id, null);
        await RefusedAsync("invalid", participant, "Vote", room.Id, "../Q1", 0);
        await RefusedAsync("invalid", moderator, "RemoveParticipant", room.Id, new string('u', 65), null);
        await RefusedAsync("invalid", participant, "RaiseHand", "c/../other", "speak");
        await RefusedAsync("invalid", participant, "RaiseHand", null, "speak");
        await WatchRefusedAsync("invalid", participant, "");
    }

    [Fact]
    public async Task BadTextAndOptions_AreRefusedAsInvalid()
    {
        await using var room = await Room.CreateAsync(server);
        var (participant, moderator) = await ArrangeAsync(room);
        var before = await room.VersionAsync();

        await RefusedAsync("invalid", participant, "PostPoint", room.Id, "observation", "   ", null);
        await RefusedAsync("invalid", participant, "PostPoint", room.Id, "observation", new string('x', 1001), null);
        await RefusedAsync("invalid", participant, "PostPoint", room.Id, "observation", "Bell\u0007", null);
        await RefusedAsync("invalid", participant, "PostPoint", room.Id, "observation", "Unknown theme.", "astrology");
        await RefusedAsync("invalid", moderator, "OpenPoll", room.Id, "One option?", new[] { "only" }, false);
        await RefusedAsync("invalid", moderator, "OpenPoll", room.Id, "No options?", null, false);
        await RefusedAsync("invalid", participant, "Vote", room.Id, "Q1", 7);
        await RefusedAsync("invalid", moderator, "MergePoints", room.Id, "P1", "P1");

        Assert.Equal(before, await room.VersionAsync());
    }

    [Fact]
    public async Task UnknownPointPollOrParticipant_IsRefusedAsNotFound()
    {
        await using var room = await Room.CreateAsync(server);
        var (participant, moderator) = await ArrangeAsync(room);
        var before = await room.VersionAsync();

        await RefusedAsync("not-found", participant, "Upvote", room.Id, "P999");
        await RefusedAsync("not-found", participant, "Vote", room.Id, "Q9", 0);
        await RefusedAsync("not-found", moderator, "ApprovePoint", room.Id, "P999");
        await RefusedAsync("not-found", moderator, "HidePoint", room.Id, "P999", null);
        await RefusedAsync("not-found", moderator, "PinPoint", room.Id, "P999", true);
        await RefusedAsync("not-found", moderator, "SetPointTheme", room.Id, "P999", null);
        await RefusedAsync("not-found", moderator, "MergePoints", room.Id, "P1", "P999");
        await RefusedAsync("not-found", moderator, "ClosePoll", room.Id, "Q9");
        await RefusedAsync("not-found", moderator, "RemoveHand", room.Id, "u-nobody", null);
        await RefusedAsync("not-found", moderator, "MoveHand", room.Id, "u-nobody", 1);
        await RefusedAsync("not-found", moderator, "RemoveParticipant", room.Id, "u-nobody", null);
        await RefusedAsync("not-found", moderator, "CapturePoint", room.Id, "observation", "For nobody.", null, "u-nobody");

        Assert.Equal(before, await room.VersionAsync());
    }

    [Fact]
    public async Task UnknownConsultation_IsRefusedAsNotFound()
    {
        await using var room = await Room.CreateAsync(server);
        var (participant, _) = await ArrangeAsync(room);

        await WatchRefusedAsync("not-found", participant, "c-no-such-consultation");
        await RefusedAsync("not-found", participant, "RaiseHand", "c-no-such-consultation", "speak");
    }

    [Fact]
    public async Task PostingASixthPointWithinAMinute_IsRefusedAsRateLimited()
    {
        await using var room = await Room.CreateAsync(server);
        var (participant, _) = await ArrangeAsync(room);
        for (var i = 1; i <= 4; i++)
        {
            await participant.SendAsync("PostPoint", room.Id, "observation", $"Point number {i + 1}.", null);
        }
        var before = await room.VersionAsync();

        var message = await RefusedAsync("rate-limited", participant, "PostPoint", room.Id, "observation", "One too many.", null);

        Assert.Contains("5 points a minute", message, StringComparison.Ordinal);
        Assert.Equal(before, await room.VersionAsync());
    }

    [Fact]
    public async Task StateConflicts_AreRefusedAsConflict()
    {
        await using var room = await Room.CreateAsync(server);
        var (participant, moderator) = await ArrangeAsync(room);
        await participant.SendAsync("RaiseHand", room.Id, "speak");
        var before = await room.VersionAsync();

        await RefusedAsync("conflict", participant, "RaiseHand", room.Id, "reply");
        await RefusedAsync("conflict", moderator, "GiveFloor", room.Id, null);
        await RefusedAsync("conflict", moderator, "ApprovePoint", room.Id, "P1");
        await RefusedAsync("conflict", moderator, "EndTurn", room.Id);

        Assert.Equal(before, await room.VersionAsync());
        await moderator.SendAsync("Close", room.Id);
        await RefusedAsync("conflict", moderator, "Start", room.Id);
        // The participant's token expired with the close (Trust/ParticipantTokenTests); the moderator key did not.
        await RefusedAsync("conflict", moderator, "CapturePoint", room.Id, "observation", "Too late.", null, null);
    }

    /// <summary>A participant with one visible point P1 and a moderator with an open poll Q1.</summary>
    private static async Task<(HubClient Participant, HubClient Moderator)> ArrangeAsync(Room room)
    {
        var participant = await room.ConnectAsync((await room.JoinAsync("Amina")).Token);
        var moderator = await room.ConnectAsync(room.Keys.ModeratorKey);
        await participant.SendAsync("PostPoint", room.Id, "observation", "A first point.", "data");
        await moderator.SendAsync("OpenPoll", room.Id, "A poll?", new[] { "a", "b" }, false);
        return (participant, moderator);
    }
}
