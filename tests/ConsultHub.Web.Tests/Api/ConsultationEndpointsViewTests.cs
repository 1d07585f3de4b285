using System.Net;
using System.Text.Json;
using ConsultHub.Domain.Model;
using ConsultHub.Testing.Client;
using ConsultHub.Web.Tests.Fixtures;

namespace ConsultHub.Web.Tests.Api;

[Collection(HubServerCollection.Name)]
public sealed class ConsultationEndpointsViewTests(HubServer server)
{
    [Fact]
    public async Task GetView_OfAPublicConsultation_WithoutCredentials_IsTheObserverView()
    {
        var keys = await server.CreateConsultationAsync();

        var view = await server.Api.GetViewAsync(keys.Id);

        Assert.Equal(keys.Id, view.GetProperty("id").GetString());
        Assert.Equal("observer", view.GetProperty("role").GetString());
        Assert.Equal("scheduled", view.GetProperty("status").GetString());
        Assert.Equal(1, view.GetProperty("version").GetInt64());
        Assert.False(view.TryGetProperty("joinCode", out _), "Observers never see the join code.");
        Assert.False(view.TryGetProperty("ledger", out _), "Observers never see the moderation ledger.");
    }

    [Fact]
    public async Task GetView_OfAPrivateConsultation_WithoutCredentials_IsForbidden()
    {
        var keys = await server.CreateConsultationAsync(s => s with { Visibility = Visibility.Private });

        using var response = await server.Api.SendAsync(HttpMethod.Get, $"{ConsultationApi.ApiPath}/{keys.Id}", null, null);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task GetView_OfAPrivateConsultation_WithTheObserverKey_IsTheObserverView()
    {
        var keys = await server.CreateConsultationAsync(s => s with { Visibility = Visibility.Private });

        var view = await server.Api.GetViewAsync(keys.Id, keys.ObserverKey);

        Assert.Equal("observer", view.GetProperty("role").GetString());
        Assert.Equal("private", view.GetProperty("settings").GetProperty("visibility").GetString());
    }

    [Fact]
    public async Task GetView_WithAnotherConsultationsKey_IsForbidden()
    {
        var mine = await server.CreateConsultationAsync(s => s with { Visibility = Visibility.Private });
        var theirs = await server.CreateConsultationAsync(s => s with { Visibility = Visibility.Private });

        using var response = await server.Api.SendAsync(HttpMethod.Get, $"{ConsultationApi.ApiPath}/{mine.Id}", null, theirs.ModeratorKey);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task GetView_WithTheModeratorKey_IncludesTheJoinCodeAndLedger()
    {
        var keys = await server.CreateConsultationAsync();

        var view = await server.Api.GetViewAsync(keys.Id, keys.ModeratorKey);

        Assert.Equal("moderator", view.GetProperty("role").GetString());
        Assert.Equal(keys.JoinCode, view.GetProperty("joinCode").GetString());
        Assert.Equal(JsonValueKind.Array, view.GetProperty("ledger").ValueKind);
    }

    [Fact]
    public async Task GetView_WithAParticipantToken_NamesTheParticipant()
    {
        var keys = await server.CreateConsultationAsync();
        var me = await server.Api.JoinAsync(keys.Id, keys.JoinCode, "Amina", StakeholderGroup.CivilSociety, "KE");

        var view = await server.Api.GetViewAsync(keys.Id, me.Token);

        Assert.Equal("participant", view.GetProperty("role").GetString());
        Assert.Equal(me.ParticipantId, view.GetProperty("participantId").GetString());
        var participant = Assert.Single(view.GetProperty("participants").EnumerateArray());
        Assert.Equal("civil-society", participant.GetProperty("group").GetString());
        Assert.Equal("KE", participant.GetProperty("country").GetString());
        Assert.False(participant.TryGetProperty("tokenHash", out _), "Token hashes never leave the grain.");
    }

    [Theory]
    [InlineData("c-does-not-exist")]
    [InlineData("bad%20id")]
    public async Task GetView_OfAnUnknownConsultation_IsNotFound(string id)
    {
        using var response = await server.Api.SendAsync(HttpMethod.Get, $"{ConsultationApi.ApiPath}/{id}", null, null);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "not-found");
    }
}
