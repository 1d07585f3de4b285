using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ConsultHub.Domain.Model;
using ConsultHub.Testing.Client;
using ConsultHub.Web.Tests.Fixtures;

namespace ConsultHub.Web.Tests.Api;

[Collection(HubServerCollection.Name)]
public sealed class ConsultationEndpointsCreateTests(HubServer server)
{
    private static readonly ConsultationSettings Settings = new() { Title = "Capacity building", Region = "Asia", TimeZone = "Asia/Bangkok" };

    [Fact]
    public async Task Create_WithOrganizerKey_Returns201WithIdJoinCodeAndKeys()
    {
        using var response = await server.Api.SendAsync(HttpMethod.Post, ConsultationApi.ApiPath, ConsultationApi.Json(Settings), HubServer.OrganizerKey);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetString();
        Assert.False(string.IsNullOrEmpty(id));
        Assert.Matches("^[A-Z2-9]{4}-[A-Z2-9]{4}$", created.GetProperty("joinCode").GetString());
        Assert.True(created.GetProperty("moderatorKey").GetString()!.Length >= 22, "128 random bits take at least 22 base64 characters.");
        Assert.NotEqual(created.GetProperty("moderatorKey").GetString(), created.GetProperty("observerKey").GetString());
        Assert.Equal($"/api/consultations/{id}", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-the-organizer-key-at-all")]
    public async Task Create_WithoutTheOrganizerKey_IsForbidden(string? key)
    {
        using var response = await server.Api.SendAsync(HttpMethod.Post, ConsultationApi.ApiPath, ConsultationApi.Json(Settings), key);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden, "forbidden");
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("""{ "title": "T", "region": "Asia", "timeZone": "UTC", "moderationMode": "sometimes" }""")]
    [InlineData("""{ "title": "T", "region": "Asia", "timeZone": "UTC", "capacity": "many" }""")]
    [InlineData("""{ "title": "", "region": "Asia", "timeZone": "UTC" }""")]
    [InlineData("""{ "title": "T", "region": "Asia", "timeZone": "Mars/Olympus_Mons" }""")]
    public async Task Create_WithABadBody_IsInvalid(string body)
    {
        using var response = await server.Api.SendAsync(HttpMethod.Post, ConsultationApi.ApiPath, ConsultationApi.Raw(body), HubServer.OrganizerKey);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "invalid");
    }

    [Fact]
    public async Task Create_WithABodyPastTheLimit_IsInvalid()
    {
        var huge = $$"""{ "title": "T", "region": "{{new string('a', 70_000)}}", "timeZone": "UTC" }""";

        using var response = await server.Api.SendAsync(HttpMethod.Post, ConsultationApi.ApiPath, ConsultationApi.Raw(huge), HubServer.OrganizerKey);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "invalid");
    }

    [Fact]
    public async Task Directory_ListsPublicConsultations_AndPrivateOnesOnlyToTheOrganizer()
    {
        var open = await server.CreateConsultationAsync(s => s with { Title = "Open consultation" });
        var closedDoor = await server.CreateConsultationAsync(s => s with { Title = "Private consultation", Visibility = Visibility.Private });

        var anonymous = await ListAsync(credential: null);
        var organizer = await ListAsync(HubServer.OrganizerKey);

        var entry = Assert.Single(anonymous, e => e.GetProperty("id").GetString() == open.Id);
        Assert.Equal("Open consultation", entry.GetProperty("title").GetString());
        Assert.Equal("scheduled", entry.GetProperty("status").GetString());
        Assert.Equal("public", entry.GetProperty("visibility").GetString());
        Assert.Equal("Africa/Nairobi", entry.GetProperty("timeZone").GetString());
        Assert.Equal(0, entry.GetProperty("participants").GetInt32());
        Assert.DoesNotContain(anonymous, e => e.GetProperty("id").GetString() == closedDoor.Id);
        Assert.Contains(organizer, e => e.GetProperty("id").GetString() == closedDoor.Id);
    }

    [Fact]
    public async Task Directory_CountsPresentParticipantsAndObservers_Live()
    {
        await using var room = await Room.CreateAsync(server);
        var amina = await room.JoinAsync("Amina");
        await room.JoinAsync("Kofi");
        var (observer, _) = await room.WatchAsync(null);
        var (participant, _) = await room.WatchAsync(amina.Token);
        await observer.EventAsync(e => e.Type == "participant-connected", Waits.Short);

        var live = await EntryAsync(room.Id);
        await observer.DisposeAsync();
        await participant.DisposeAsync();
        var after = await EventuallyAsync(room.Id, e => e.GetProperty("present").GetInt32() == 0 && e.GetProperty("observers").GetInt32() == 0);

        Assert.Equal((2, 1, 1), (live.GetProperty("participants").GetInt32(), live.GetProperty("present").GetInt32(), live.GetProperty("observers").GetInt32()));
        Assert.Equal(2, after.GetProperty("participants").GetInt32());
    }

    private async Task<JsonElement> EntryAsync(string id) => (await ListAsync(null)).Single(e => e.GetProperty("id").GetString() == id);

    /// <summary>Disconnections are noticed by the server a moment after the client closes.</summary>
    private async Task<JsonElement> EventuallyAsync(string id, Func<JsonElement, bool> done)
    {
        var deadline = DateTime.UtcNow + Waits.Short;
        var entry = await EntryAsync(id);
        while (!done(entry) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
            entry = await EntryAsync(id);
        }
        Assert.True(done(entry), $"Directory entry never settled: {entry}");
        return entry;
    }

    private async Task<List<JsonElement>> ListAsync(string? credential)
    {
        using var response = await server.Api.SendAsync(HttpMethod.Get, ConsultationApi.ApiPath, null, credential);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<List<JsonElement>>() ?? [];
    }
}
