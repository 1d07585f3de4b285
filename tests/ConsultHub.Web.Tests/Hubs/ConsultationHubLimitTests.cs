using ConsultHub.Testing.Client;
using ConsultHub.Web.Tests.Fixtures;
using Microsoft.AspNetCore.SignalR;
using static ConsultHub.Web.Tests.Fixtures.HubAssert;

namespace ConsultHub.Web.Tests.Hubs;

/// <summary>Abuse limits and malformed invocations still answer with a coded error.</summary>
[Collection(HubServerCollection.Name)]
public sealed class ConsultationHubLimitTests(HubServer server)
{
    [Fact]
    public async Task InvocationFlood_OnOneConnection_IsRefusedAsRateLimited_AndChangesNothing()
    {
        await using var room = await Room.CreateAsync(server);
        var observer = await room.ConnectAsync(null);
        var before = await room.VersionAsync();

        var calls = Enumerable.Range(0, 100).Select(_ => CodeOfAsync(observer.SendAsync("LowerHand", room.Id))).ToList();
        var codes = await Task.WhenAll(calls);

        Assert.Contains("rate-limited", codes);
        Assert.All(codes, code => Assert.True(code is "rate-limited" or "forbidden", $"Unexpected code '{code}'."));
        Assert.Equal(before, await room.VersionAsync());
    }

    [Fact]
    public async Task ParticipantWatching_FromTooManyConnections_IsRefusedAsRateLimited()
    {
        await using var room = await Room.CreateAsync(server);
        var amina = await room.JoinAsync("Amina");
        for (var i = 0; i < 5; i++)
        {
            await room.WatchAsync(amina.Token);
        }

        await WatchRefusedAsync("rate-limited", await room.ConnectAsync(amina.Token), room.Id);
    }

    [Fact]
    public async Task ArgumentsOfTheWrongTypeOrCount_AreRefusedAsInvalid()
    {
        await using var room = await Room.CreateAsync(server);
        var participant = await room.ConnectAsync((await room.JoinAsync("Amina")).Token);

        await RefusedAsync("invalid", participant, "Vote", room.Id, "Q1", "first");
        await RefusedAsync("invalid", participant, "RaiseHand", room.Id);
        await RefusedAsync("invalid", participant, "LowerHand", room.Id, "extra");
    }

    [Fact]
    public async Task UnknownHubMethod_IsRefusedAsNotFound()
    {
        await using var room = await Room.CreateAsync(server);
        var moderator = await room.ConnectAsync(room.Keys.ModeratorKey);

        await RefusedAsync("not-found", moderator, "DeleteEverything", room.Id);
    }

    [Fact]
    public async Task RefusedCommands_ArriveWithTheCodeFirst_AsTheSpecSays()
    {
        await using var room = await Room.CreateAsync(server);
        var observer = await room.ConnectAsync(null);

        var refusal = await Assert.ThrowsAsync<HubException>(() => observer.SendAsync("RaiseHand", room.Id, "speak"));

        Assert.StartsWith("forbidden: ", refusal.Message, StringComparison.Ordinal);
    }

    private static async Task<string> CodeOfAsync(Task<HubReply> call)
    {
        try
        {
            await call;
            return "accepted";
        }
        catch (HubException ex)
        {
            return HubErrors.Code(ex);
        }
    }
}
