using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace ConsultHub.EndToEnd.Tests.Fixtures;

/// <summary>
/// Sets up consultations and participants through the real HTTP API, for tests whose subject is
/// a page other than organize or join (those pages are driven by hand in <see cref="PageFlows"/>).
/// </summary>
public sealed class HubApi(HubBrowserFixture hub) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = hub.Address };

    /// <summary>Creates a consultation as the organizer; <paramref name="language"/> is sent only when given (the server's default is English).</summary>
    public async Task<ApiConsultation> CreateAsync(string title, string region, string timeZone, IReadOnlyList<string> themes, string visibility = "public", string? language = null)
    {
        var settings = new Dictionary<string, object>
        {
            ["title"] = title, ["region"] = region, ["timeZone"] = timeZone, ["themes"] = themes, ["moderationMode"] = "open",
            ["speakingLimitSeconds"] = 120, ["queuePolicy"] = "fifo", ["capacity"] = 100, ["visibility"] = visibility,
        };
        if (language is not null)
        {
            settings["language"] = language;
        }
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/consultations") { Content = JsonContent.Create(settings) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", HubBrowserFixture.OrganizerKey);
        using var response = await _http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        return new ApiConsultation(root.GetProperty("id").GetString()!, title, root.GetProperty("joinCode").GetString()!,
            root.GetProperty("moderatorKey").GetString()!, root.GetProperty("observerKey").GetString()!);
    }

    /// <summary>Joins a participant and hands <paramref name="person"/>'s browser the pass, as the join page would.</summary>
    public async Task<string> JoinAsync(ApiConsultation consultation, Person person, Joiner who)
    {
        using var response = await _http.PostAsJsonAsync($"api/consultations/{consultation.Id}/participants",
            new { joinCode = consultation.JoinCode, displayName = who.Name, affiliation = who.Affiliation, stakeholderGroup = who.Group, country = who.Country });
        response.EnsureSuccessStatusCode();
        var stored = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(stored);
        var participantId = json.RootElement.GetProperty("participantId").GetString()!;
        var pass = JsonSerializer.Serialize(new { participantId, token = json.RootElement.GetProperty("token").GetString() });
        await StoreAsync(person, "localStorage", $"consulthub.participant.{consultation.Id}", pass);
        return participantId;
    }

    /// <summary>Starts the consultation from its moderation page and leaves the moderator there.</summary>
    public static async Task StartAsync(Person moderator, HubBrowserFixture hub, ApiConsultation consultation)
    {
        await moderator.GotoAsync(hub.Url(ModerateLink(consultation)));
        await moderator.ExpectLiveAsync();
        await moderator.TestId("start").ClickAsync();
        await moderator.Page.Locator("[data-testid=consultation-status][data-status=live]").WaitForAsync();
    }

    /// <summary>The moderation page's link, key in the fragment.</summary>
    public static string ModerateLink(ApiConsultation consultation) => $"#/moderate/{consultation.Id}?key={Uri.EscapeDataString(consultation.ModeratorKey)}";

    /// <summary>Makes every page <paramref name="person"/> opens show <paramref name="language"/>, as if they had picked it.</summary>
    public static Task ChooseLanguageAsync(Person person, string language) => StoreAsync(person, "localStorage", "consulthub.language", language);

    /// <summary>Gives <paramref name="person"/>'s browser the organizer key for the tab, as typing it on the organize page would.</summary>
    public static Task KeepOrganizerKeyAsync(Person person) => StoreAsync(person, "sessionStorage", "consulthub.organizerKey", HubBrowserFixture.OrganizerKey);

    /// <summary>Puts an item in web storage before any page script runs (documents without storage, such as about:blank, are skipped).</summary>
    private static Task StoreAsync(Person person, string storage, string key, string value) =>
        person.Context.AddInitScriptAsync($"if (location.protocol.startsWith('http')) {storage}.setItem({JsonSerializer.Serialize(key)}, {JsonSerializer.Serialize(value)});");

    /// <inheritdoc/>
    public void Dispose() => _http.Dispose();
}
