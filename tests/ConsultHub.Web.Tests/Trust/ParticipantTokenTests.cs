using System.Net;
using ConsultHub.Domain.Model;
using ConsultHub.Grains.Consultations;
using ConsultHub.Testing.Client;
using ConsultHub.Web.Tests.Fixtures;
using ConsultHub.Web.Tests.Trust.Fixtures;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static ConsultHub.Web.Tests.Fixtures.HubAssert;

namespace ConsultHub.Web.Tests.Trust;

/// <summary>
/// Participant tokens are signed by the hub for one consultation and one participant, are checked against the
/// participant's stored hash as well, and expire when the consultation closes.
/// </summary>
[Collection(OpenLimitsCollection.Name)]
public sealed class ParticipantTokenTests(OpenLimitsHost host)
{
    private ParticipantTokens Signer => new(host.Services.GetRequiredService<IOptions<ConsultationGrainOptions>>().Value.TokenSigningKey);

    [Fact]
    public async Task Token_IsSignedForItsConsultationAndParticipant()
    {
        var keys = await host.CreateConsultationAsync();
        var other = await host.CreateConsultationAsync();
        var amina = await host.Api.JoinAsync(keys.Id, keys.JoinCode, "Amina", StakeholderGroup.CivilSociety);

        var parts = amina.Token.Split('.');

        Assert.Equal(3, parts.Length);
        Assert.Equal(amina.ParticipantId, parts[0]);
        Assert.True(Signer.TryRead(keys.Id, amina.Token, out var participantId, out _));
        Assert.Equal(amina.ParticipantId, participantId);
        Assert.False(Signer.TryRead(other.Id, amina.Token, out _, out _));
        Assert.False(new ParticipantTokens(Secrets.NewKey()).TryRead(keys.Id, amina.Token, out _, out _));
    }

    [Fact]
    public async Task ForgedTokens_DoNotWork_NotEvenWithTheSigningKey()
    {
        await using var room = await TrustRoom.CreateAsync(host);
        var amina = await host.Api.JoinAsync(room.Id, room.JoinCode, "Amina", StakeholderGroup.CivilSociety);
        var bao = await host.Api.JoinAsync(room.Id, room.JoinCode, "Bao", StakeholderGroup.Academia);
        var parts = amina.Token.Split('.');
        var forged = new Dictionary<string, string>
        {
            ["signed with another key"] = new ParticipantTokens(Secrets.NewKey()).Issue(room.Id, amina.ParticipantId, parts[1]),
            ["signed by the hub over a nonce the record does not hold"] = Signer.Issue(room.Id, amina.ParticipantId, Secrets.NewKey()),
            ["another participant's MAC"] = $"{amina.ParticipantId}.{parts[1]}.{bao.Token.Split('.')[2]}",
            ["the old unsigned form"] = $"{amina.ParticipantId}.{parts[1]}",
            ["a MAC one character off"] = amina.Token[..^1] + (amina.Token[^1] == 'A' ? 'B' : 'A'),
            ["an extra part"] = amina.Token + ".x",
        };

        foreach (var (what, token) in forged)
        {
            var client = await room.Clients.ConnectAsync(token);
            var refusal = await Assert.ThrowsAsync<HubException>(() => client.WatchAsync(room.Id));
            Assert.True(HubErrors.Code(refusal) == "forbidden", $"A token {what} was not refused: {refusal.Message}");
            await RefusedAsync("forbidden", client, "RaiseHand", room.Id, "speak");
        }
        await AcceptedAsync(0, await room.Clients.ConnectAsync(amina.Token), "RaiseHand", room.Id, "speak");
    }

    [Theory]
    [InlineData(Visibility.Public)]
    [InlineData(Visibility.Private)]
    public async Task Tokens_ExpireWhenTheConsultationCloses(Visibility visibility)
    {
        await using var room = await TrustRoom.CreateAsync(host, visibility);
        var amina = await host.Api.JoinAsync(room.Id, room.JoinCode, "Amina", StakeholderGroup.CivilSociety);
        var moderator = await room.Clients.ConnectAsync(room.Keys.ModeratorKey);
        var open = await room.Clients.ConnectAsync(amina.Token);
        await open.WatchAsync(room.Id);
        await open.SendAsync("PostPoint", room.Id, "observation", "Before the close.", null);

        await moderator.SendAsync("Close", room.Id);

        await RefusedAsync("forbidden", open, "RaiseHand", room.Id, "speak");
        await WatchRefusedAsync("forbidden", await room.Clients.ConnectAsync(amina.Token), room.Id);
        using (var view = await host.Api.SendAsync(HttpMethod.Get, $"{ConsultationApi.ApiPath}/{room.Id}", null, amina.Token))
        {
            Assert.Equal(HttpStatusCode.Forbidden, view.StatusCode);
        }
        using (var view = await host.Api.SendAsync(HttpMethod.Get, $"{ConsultationApi.ApiPath}/{room.Id}", null, null))
        {
            Assert.Equal(visibility == Visibility.Public ? HttpStatusCode.OK : HttpStatusCode.Forbidden, view.StatusCode);
        }
        Assert.Equal("observer", (await (await room.Clients.ConnectAsync(room.Keys.ObserverKey)).WatchAsync(room.Id)).Role);
        Assert.Equal("moderator", (await (await room.Clients.ConnectAsync(room.Keys.ModeratorKey)).WatchAsync(room.Id)).Role);
    }

    [Fact]
    public async Task RemovedParticipant_TokenStopsWorkingAtOnce_OnAnOpenConnection()
    {
        await using var room = await TrustRoom.CreateAsync(host);
        var amina = await host.Api.JoinAsync(room.Id, room.JoinCode, "Amina", StakeholderGroup.CivilSociety);
        var moderator = await room.Clients.ConnectAsync(room.Keys.ModeratorKey);
        var open = await room.Clients.ConnectAsync(amina.Token);
        await open.SendAsync("RaiseHand", room.Id, "speak");

        await moderator.SendAsync("RemoveParticipant", room.Id, amina.ParticipantId, null);

        await RefusedAsync("forbidden", open, "LowerHand", room.Id);
        Assert.True(Signer.TryRead(room.Id, amina.Token, out _, out _), "The signature is still valid; the stored record is what refuses it.");
    }

    [Fact]
    public void OversizedTokens_AreRefusedUnread_AndShortSigningKeysAreRejected()
    {
        var signer = new ParticipantTokens(Secrets.NewKey());
        var token = signer.Issue("c1", "u1", Secrets.NewKey());

        Assert.True(signer.TryRead("c1", token, out _, out _));
        Assert.False(signer.TryRead("c1", token + new string('A', 100_000), out _, out _));
        Assert.False(signer.TryRead("c1", string.Join('.', Enumerable.Repeat("x", 10_000)), out _, out _));
        Assert.Throws<ArgumentException>(() => new ParticipantTokens(new string('k', ParticipantTokens.MinKeyLength - 1)));
    }
}
