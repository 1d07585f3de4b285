using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ConsultHub.Domain.Model;
using ConsultHub.Testing.Client;
using ConsultHub.Web.Tests.Fixtures;

namespace ConsultHub.Web.Tests.Api;

[Collection(HubServerCollection.Name)]
public sealed class ConsultationEndpointsJoinTests(HubServer server)
{
    [Fact]
    public async Task Join_WithTheJoinCode_Returns201WithParticipantIdAndToken()
    {
        var keys = await server.CreateConsultationAsync();
        var body = new { joinCode = keys.JoinCode.ToLowerInvariant(), displayName = "  Kofi  ", affiliation = "University of Ghana", stakeholderGroup = "academia", country = "gh" };

        using var response = await JoinAsync(keys.Id, ConsultationApi.Json(body));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var joined = await response.Content.ReadFromJsonAsync<ParticipantToken>();
        Assert.NotNull(joined);
        Assert.StartsWith(joined.ParticipantId + ".", joined.Token, StringComparison.Ordinal);
        Assert.Equal($"/api/consultations/{keys.Id}/participants/{joined.ParticipantId}", response.Headers.Location?.OriginalString);
        var kofi = Assert.Single((await server.Api.GetViewAsync(keys.Id)).GetProperty("participants").EnumerateArray());
        Assert.Equal("Kofi", kofi.GetProperty("displayName").GetString());
        Assert.Equal("GH", kofi.GetProperty("country").GetString());
    }

    [Fact]
    public async Task Join_WithTheModeratorKeyAndNoCode_JoinsAModeratorToTheFloor()
    {
        var keys = await server.CreateConsultationAsync();
        var body = new { displayName = "Chair", stakeholderGroup = "international-organization" };

        using var response = await server.Api.SendAsync(HttpMethod.Post, $"{ConsultationApi.ApiPath}/{keys.Id}/participants", ConsultationApi.Json(body), keys.ModeratorKey);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var chair = Assert.Single((await server.Api.GetViewAsync(keys.Id)).GetProperty("participants").EnumerateArray());
        Assert.True(chair.GetProperty("isModerator").GetBoolean());
    }

    [Theory]
    [InlineData("WRNG-CODE")]
    [InlineData("")]
    [InlineData(null)]
    public async Task Join_WithAWrongCode_IsForbidden(string? code)
    {
        var keys = await server.CreateConsultationAsync();

        using var response = await JoinAsync(keys.Id, ConsultationApi.Json(new { joinCode = code, displayName = "Eve", stakeholderGroup = "other" }));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task Join_WithAnotherConsultationsCode_IsForbidden()
    {
        var mine = await server.CreateConsultationAsync();
        var theirs = await server.CreateConsultationAsync();

        using var response = await JoinAsync(mine.Id, ConsultationApi.Json(new { joinCode = theirs.JoinCode, displayName = "Eve", stakeholderGroup = "other" }));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task Join_PastCapacity_IsConflict()
    {
        var keys = await server.CreateConsultationAsync(s => s with { Capacity = 2 });
        await server.Api.JoinAsync(keys.Id, keys.JoinCode, "First", StakeholderGroup.Academia);
        await server.Api.JoinAsync(keys.Id, keys.JoinCode, "Second", StakeholderGroup.MemberState);

        using var response = await JoinAsync(keys.Id, ConsultationApi.Json(new { joinCode = keys.JoinCode, displayName = "Third", stakeholderGroup = "other" }));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict, "conflict");
        Assert.Contains("full", problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(2, (await server.Api.GetViewAsync(keys.Id)).GetProperty("participants").GetArrayLength());
    }

    [Theory]
    [InlineData("""{ "joinCode": "{code}", "displayName": "Eve", "stakeholderGroup": "astronauts" }""")]
    [InlineData("""{ "joinCode": "{code}", "displayName": "Eve", "stakeholderGroup": 3 }""")]
    [InlineData("""{ "joinCode": "{code}", "displayName": "Eve" }""")]
    [InlineData("""{ "joinCode": "{code}", "displayName": "", "stakeholderGroup": "other" }""")]
    [InlineData("""{ "joinCode": "{code}", "displayName": "Eve", "stakeholderGroup": "other", "country": "XX" }""")]
    [InlineData("""{ "joinCode": "{code}", "displayName": "Eve\u0007", "stakeholderGroup": "other" }""")]
    [InlineData("not json")]
    public async Task Join_WithABadBody_IsInvalidAndChangesNothing(string body)
    {
        var keys = await server.CreateConsultationAsync();

        using var response = await JoinAsync(keys.Id, ConsultationApi.Raw(body.Replace("{code}", keys.JoinCode, StringComparison.Ordinal)));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "invalid");
        var view = await server.Api.GetViewAsync(keys.Id);
        Assert.Equal(1, view.GetProperty("version").GetInt64());
        Assert.Equal(0, view.GetProperty("participants").GetArrayLength());
    }

    [Fact]
    public async Task Join_AnUnknownConsultation_IsNotFound()
    {
        using var response = await JoinAsync("c-nobody-here", ConsultationApi.Json(new { joinCode = "ABCD-EFGH", displayName = "Eve", stakeholderGroup = "other" }));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "not-found");
    }

    private Task<HttpResponseMessage> JoinAsync(string id, HttpContent body) =>
        server.Api.SendAsync(HttpMethod.Post, $"{ConsultationApi.ApiPath}/{id}/participants", body, null);
}
