using System.Net;
using System.Text;
using ConsultHub.Domain.Model;
using ConsultHub.Web.Tests.Api;
using ConsultHub.Testing.Client;
using ConsultHub.Web.Tests.Fixtures;
using NJsonSchema;

namespace ConsultHub.Web.Tests.Summaries;

[Collection(HubServerCollection.Name)]
public sealed class SummaryEndpointsTests(HubServer server)
{
    [Theory]
    [InlineData(null, "text/markdown", "attachment", "md")]
    [InlineData("markdown", "text/markdown", "attachment", "md")]
    [InlineData("CSV", "text/csv", "attachment", "csv")]
    [InlineData("json", "application/json", "inline", "json")]
    public async Task Summary_ForTheModerator_ComesInEachFormat_WithItsMediaTypeAndFileName(string? format, string mediaType, string disposition, string extension)
    {
        var keys = await server.CreateConsultationAsync();

        using var response = await server.Api.SummaryAsync(keys.Id, keys.ModeratorKey, format);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.ContentType()?.MediaType);
        Assert.Equal("utf-8", response.ContentType()?.CharSet);
        Assert.Equal(disposition, response.DispositionType());
        Assert.Equal($"summary-{keys.Id}.{extension}", response.FileName());
        Assert.True(response.Headers.CacheControl?.NoStore, "Summaries are never cached.");
    }

    [Fact]
    public async Task Summary_AfterClosing_IsHandedToADelegateInEveryFormat_WithoutHiddenText()
    {
        await using var room = await Room.CreateAsync(server, s => s with { Title = "Closing day", Region = "Africa" });
        var amina = await room.JoinAsync("Amina", StakeholderGroup.CivilSociety, "KE");
        var moderator = await room.ConnectAsync(room.Keys.ModeratorKey);
        var participant = await room.ConnectAsync(amina.Token);
        await moderator.SendAsync("Start", room.Id);
        await participant.SendAsync("RaiseHand", room.Id, "speak");
        await moderator.SendAsync("GiveFloor", room.Id, null);
        var shown = await participant.SendAsync("PostPoint", room.Id, "recommendation", "Fund regional data trusts.", "data");
        var hidden = await participant.SendAsync("PostPoint", room.Id, "observation", "SECRET remark", null);
        await moderator.SendAsync("HidePoint", room.Id, hidden.Id, "Off topic");
        await moderator.SendAsync("Close", room.Id);

        foreach (var format in new[] { "markdown", "json", "csv" })
        {
            using var response = await server.Api.SummaryAsync(room.Id, null, format);
            var body = await response.Content.ReadAsStringAsync();

            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{format}: {(int)response.StatusCode} {body}");
            Assert.Contains("Fund regional data trusts.", body, StringComparison.Ordinal);
            Assert.Contains("Amina", body, StringComparison.Ordinal);
            Assert.DoesNotContain("SECRET", body, StringComparison.Ordinal);
        }
        Assert.Equal("P1", shown.Id);
    }

    [Fact]
    public async Task Summary_AsJson_ValidatesAgainstTheSummarySchema()
    {
        var keys = await server.CreateConsultationAsync();
        var schema = await JsonSchema.FromFileAsync(SummaryDownloads.SchemaPath("summary.schema.json"));

        using var response = await server.Api.SummaryAsync(keys.Id, keys.ModeratorKey, "json");
        var errors = schema.Validate(await response.Content.ReadAsStringAsync());

        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
    }

    [Fact]
    public async Task Summary_AsCsv_StartsWithAByteOrderMark_ForSpreadsheets()
    {
        var keys = await server.CreateConsultationAsync();

        using var response = await server.Api.SummaryAsync(keys.Id, keys.ModeratorKey, "csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        Assert.StartsWith("consultation_id,section,", Encoding.UTF8.GetString(bytes[3..]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summary_OpenedAsALink_TakesTheCredentialFromAccessToken()
    {
        var keys = await server.CreateConsultationAsync(s => s with { Visibility = Visibility.Private });

        using var response = await server.Api.SummaryLinkAsync(keys.Id, keys.ModeratorKey, "markdown");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("# Summary of recommendations and observations", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summary_BeforeClosing_IsForbiddenToParticipantsAndObservers()
    {
        var keys = await server.CreateConsultationAsync();
        var me = await server.Api.JoinAsync(keys.Id, keys.JoinCode, "Amina", StakeholderGroup.CivilSociety);

        foreach (var credential in new[] { null, keys.ObserverKey, me.Token })
        {
            using var response = await server.Api.SummaryAsync(keys.Id, credential);
            await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden, "forbidden");
        }
    }

    [Fact]
    public async Task Summary_OfAClosedPrivateConsultation_NeedsAKey()
    {
        await using var room = await Room.CreateAsync(server, s => s with { Visibility = Visibility.Private });
        var moderator = await room.ConnectAsync(room.Keys.ModeratorKey);
        await moderator.SendAsync("Close", room.Id);

        using var anonymous = await server.Api.SummaryAsync(room.Id, null);
        using var observer = await server.Api.SummaryAsync(room.Id, room.Keys.ObserverKey);
        using var organizer = await server.Api.SummaryAsync(room.Id, HubServer.OrganizerKey);

        await ProblemAssert.IsProblemAsync(anonymous, HttpStatusCode.Forbidden, "forbidden");
        Assert.Equal(HttpStatusCode.OK, observer.StatusCode);
        Assert.Equal(HttpStatusCode.OK, organizer.StatusCode);
    }

    [Fact]
    public async Task Summary_WithAnotherConsultationsKey_IsForbidden()
    {
        var mine = await server.CreateConsultationAsync();
        var theirs = await server.CreateConsultationAsync();

        using var response = await server.Api.SummaryAsync(mine.Id, theirs.ModeratorKey);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden, "forbidden");
    }

    [Theory]
    [InlineData("c-does-not-exist")]
    [InlineData("bad%20id")]
    public async Task Summary_OfAnUnknownConsultation_IsNotFound(string id)
    {
        using var response = await server.Api.SummaryAsync(id, HubServer.OrganizerKey);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "not-found");
    }

    [Theory]
    [InlineData("pdf")]
    [InlineData("")]
    public async Task Summary_InAnUnknownFormat_IsInvalid(string format)
    {
        var keys = await server.CreateConsultationAsync();

        using var response = await server.Api.SendAsync(HttpMethod.Get, $"{ConsultationApi.ApiPath}/{keys.Id}/summary?format={format}x", null, keys.ModeratorKey);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "invalid");
    }
}
