using System.Diagnostics;
using System.Net;
using System.Text.Json;
using ConsultHub.Domain.Model;
using ConsultHub.Web.Hubs;
using ConsultHub.Web.Tests.Api;
using ConsultHub.Testing.Client;
using ConsultHub.Web.Tests.Fixtures;
using ConsultHub.Web.Tests.Trust.Fixtures;
using ConsultHub.Web.Tests.Trust.Fuzz;
using Microsoft.AspNetCore.SignalR;
using static ConsultHub.Web.Tests.Fixtures.HubAssert;

namespace ConsultHub.Web.Tests.Trust;

/// <summary>The abuse limits, with the shipped settings, each answered with a coded error and changing nothing.</summary>
[Collection(DefaultLimitsCollection.Name)]
public sealed class LimitsTests(DefaultLimitsHost host)
{
    private static readonly HubLimitsOptions Shipped = new();

    [Fact]
    public async Task CallsPastTheConnectionsBudget_AreRateLimited_OnThatConnectionOnly()
    {
        await using var room = await TrustRoom.CreateAsync(host);
        var before = await ViewAsync(room);
        await using var flooder = await RawHubSocket.ConnectAsync(host.Address, room.Keys.ObserverKey);
        const int Calls = 150;

        var clock = Stopwatch.StartNew();
        var answers = await Task.WhenAll(Enumerable.Range(0, Calls).Select(_ => flooder.InvokeAsync("LowerHand", Json.Array([Json.Str(room.Id)]))));
        var seconds = Math.Ceiling(clock.Elapsed.TotalSeconds);

        var limited = answers.Count(a => a.Code == "rate-limited");
        Assert.All(answers, a => Assert.True(a.Code is "rate-limited" or "forbidden", $"Unexpected answer {a}."));
        Assert.True(limited >= Math.Max(1, Calls - Shipped.InvocationBurst - (Shipped.InvocationsPerSecond * seconds)), $"Only {limited} of {Calls} calls in {seconds} s were limited.");
        Assert.Contains(answers, a => a.Error!.StartsWith($"rate-limited: at most {Shipped.InvocationsPerSecond} calls a second", StringComparison.Ordinal));
        Assert.False(flooder.Closed.IsCompleted, "Rate limiting refuses calls; it does not drop the connection.");
        await using var other = await RawHubSocket.ConnectAsync(host.Address, room.Keys.ObserverKey);
        Assert.Equal("forbidden", (await other.InvokeAsync("LowerHand", Json.Array([Json.Str(room.Id)]))).Code);
        Assert.Equal(before, await ViewAsync(room));
    }

    [Fact]
    public async Task SixthPointWithinAMinute_IsRateLimited_OnEveryConnectionOfTheParticipant()
    {
        await using var room = await TrustRoom.CreateAsync(host);
        var amina = await host.Api.JoinAsync(room.Id, room.JoinCode, "Amina", StakeholderGroup.CivilSociety);
        var first = await room.Clients.ConnectAsync(amina.Token);
        var second = await room.Clients.ConnectAsync(amina.Token);
        var moderator = await room.Clients.ConnectAsync(room.Keys.ModeratorKey);
        for (var i = 1; i <= 5; i++)
        {
            await AcceptedAsync(0, i % 2 == 0 ? first : second, "PostPoint", room.Id, "observation", $"Point {i}.", null);
        }
        var before = await ViewAsync(room);

        var message = await RefusedAsync("rate-limited", first, "PostPoint", room.Id, "observation", "A sixth point.", null);
        await RefusedAsync("rate-limited", second, "PostPoint", room.Id, "question", "A sixth point, from another tab?", null);

        Assert.Contains("5 points a minute", message, StringComparison.Ordinal);
        Assert.Equal(before, await ViewAsync(room));
        await AcceptedAsync(0, moderator, "CapturePoint", room.Id, "observation", "Captured for Amina by the rapporteur.", null, amina.ParticipantId);
    }

    [Fact]
    public async Task MessageOverTheSizeLimit_ClosesTheConnection_AndChangesNothing()
    {
        await using var room = await TrustRoom.CreateAsync(host);
        var amina = await host.Api.JoinAsync(room.Id, room.JoinCode, "Amina", StakeholderGroup.CivilSociety);
        var moderator = await room.Clients.ConnectAsync(room.Keys.ModeratorKey);
        await using var socket = await RawHubSocket.ConnectAsync(host.Address, amina.Token);
        var before = await ViewAsync(room);

        var nearLimit = await socket.InvokeAsync("PostPoint", Json.Array([Json.Str(room.Id), @"""observation""", Json.Long(Shipped.MaxMessageBytes - 2_000), "null"]));
        Assert.Equal("invalid", nearLimit.Code);
        Assert.False(socket.Closed.IsCompleted);

        var oversized = await socket.InvokeAsync("PostPoint", Json.Array([Json.Str(room.Id), @"""observation""", Json.Long(Shipped.MaxMessageBytes + 8_000), "null"]));

        Assert.True(oversized.ConnectionClosed, $"Expected the connection to close, got {oversized}.");
        await socket.Closed.WaitAsync(Waits.Short);
        Assert.Equal(before, await ViewAsync(room));
        await RefusedAsync("conflict", moderator, "EndTurn", room.Id);
        await using var again = await RawHubSocket.ConnectAsync(host.Address, amina.Token);
        Assert.Null((await again.InvokeAsync("RaiseHand", Json.Array([Json.Str(room.Id), @"""speak"""]))).Error);
    }

    [Fact]
    public async Task SixthConnectionOfAParticipant_IsRateLimited_UntilOneCloses()
    {
        await using var room = await TrustRoom.CreateAsync(host);
        var amina = await host.Api.JoinAsync(room.Id, room.JoinCode, "Amina", StakeholderGroup.CivilSociety);
        var tabs = new List<HubClient>();
        for (var i = 0; i < Shipped.ConnectionsPerParticipant; i++)
        {
            var tab = await room.Clients.ConnectAsync(amina.Token);
            await tab.WatchAsync(room.Id);
            tabs.Add(tab);
        }
        var before = await ViewAsync(room);
        var sixth = await room.Clients.ConnectAsync(amina.Token);

        var refusal = await Assert.ThrowsAsync<HubException>(() => sixth.WatchAsync(room.Id));

        Assert.StartsWith("rate-limited: ", HubErrors.CodedMessage(refusal), StringComparison.Ordinal);
        Assert.Equal(before, await ViewAsync(room));
        await tabs[0].DisposeAsync();
        var deadline = DateTime.UtcNow + Waits.Short;
        while (true)
        {
            try
            {
                Assert.Equal(amina.ParticipantId, (await sixth.WatchAsync(room.Id)).ParticipantId);
                break;
            }
            catch (HubException ex) when (HubErrors.Code(ex) == "rate-limited" && DateTime.UtcNow < deadline)
            {
                // The server notices the closed tab a moment after it closes.
                await Task.Delay(50);
            }
        }
    }

    [Fact]
    public async Task JoiningPastCapacity_IsRefusedAsConflict_AndChangesNothing()
    {
        await using var room = await TrustRoom.CreateAsync(host, capacity: 3);
        var joined = new List<ParticipantToken>();
        for (var i = 0; i < 3; i++)
        {
            joined.Add(await host.Api.JoinAsync(room.Id, room.JoinCode, $"Person {i}", StakeholderGroup.Other));
        }
        var before = await ViewAsync(room);

        using (var fourth = await JoinAsync(room, new { joinCode = room.JoinCode, displayName = "One too many", stakeholderGroup = "academia" }, null))
        {
            var problem = await ProblemAssert.IsProblemAsync(fourth, HttpStatusCode.Conflict, "conflict");
            Assert.Contains("full (3 participants)", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
        using (var chair = await JoinAsync(room, new { displayName = "Chair", stakeholderGroup = "other" }, room.Keys.ModeratorKey))
        {
            await ProblemAssert.IsProblemAsync(chair, HttpStatusCode.Conflict, "conflict");
        }
        Assert.Equal(before, await ViewAsync(room));

        await (await room.Clients.ConnectAsync(room.Keys.ModeratorKey)).SendAsync("RemoveParticipant", room.Id, joined[0].ParticipantId, null);
        using var replacement = await JoinAsync(room, new { joinCode = room.JoinCode, displayName = "Replacement", stakeholderGroup = "academia" }, null);
        Assert.Equal(HttpStatusCode.Created, replacement.StatusCode);
    }

    private Task<HttpResponseMessage> JoinAsync(TrustRoom room, object body, string? credential) =>
        host.Api.SendAsync(HttpMethod.Post, $"{ConsultationApi.ApiPath}/{room.Id}/participants", ConsultationApi.Json(body), credential);

    /// <summary>The moderator's whole view, as text: version, participants, presence, points and all.</summary>
    private async Task<string> ViewAsync(TrustRoom room) => JsonSerializer.Serialize(await host.Api.GetViewAsync(room.Id, room.Keys.ModeratorKey));
}
