using ConsultHub.EndToEnd.Tests.Fixtures;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ConsultHub.EndToEnd.Tests.Accessibility;

/// <summary>
/// A person with a keyboard and a screen reader never loses their place: axe-core finds no
/// serious or critical violation on any page, focus stays on a sensible control after each
/// action, refusals are said beside the control that caused them, and controls are named by
/// what they act on.
/// </summary>
public sealed class AccessibilityTests(HubBrowserFixture hub, ITestOutputHelper output) : IClassFixture<HubBrowserFixture>
{
    private static readonly string[] Themes = ["data sharing and privacy", "capacity building"];

    [Theory]
    [InlineData("en")]
    [InlineData("ar")]
    public async Task EveryPage_CheckedWithAxe_HasNoSeriousOrCriticalViolation(string language)
    {
        using var api = new HubApi(hub);
        var consultation = await api.CreateAsync($"Axe check {language}", "Africa", "Africa/Nairobi", Themes);
        await using var moderator = await hub.OpenAsync($"moderator-{language}");
        await HubApi.ChooseLanguageAsync(moderator, language);
        await HubApi.StartAsync(moderator, hub, consultation);
        await using var participant = await hub.OpenAsync($"participant-{language}");
        await HubApi.ChooseLanguageAsync(participant, language);
        await api.JoinAsync(consultation, participant, new Joiner("Amina Njoroge", "Kenya Data Rights Network", "academia", "KE"));
        await participant.GotoAsync(hub.Url($"#/participate/{consultation.Id}"));
        await participant.ExpectLiveAsync();
        await participant.TestId("point-text-input").FillAsync("Publish every data-sharing agreement before it is signed.");
        await participant.TestId("post-point").ClickAsync();
        await participant.Page.Locator("[data-testid=point-item][data-status=visible]").WaitForAsync();
        await participant.TestId("raise-hand").ClickAsync();
        await participant.TestId("lower-hand").WaitForAsync();

        await using var reader = await hub.OpenAsync($"reader-{language}");
        await HubApi.ChooseLanguageAsync(reader, language);
        await HubApi.KeepOrganizerKeyAsync(reader);
        var found = new List<string>();
        foreach (var stop in PageTour.Of(consultation, reader, participant, moderator))
        {
            await PageTour.VisitAsync(hub, stop);
            var (who, url) = (stop.Who, stop.Url);
            var result = await who.Page.RunAxe();
            foreach (var v in result.Violations.Where(v => v.Impact is "serious" or "critical"))
            {
                found.Add($"{url}: {v.Id} ({v.Impact}) at {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}");
            }
            output.WriteLine($"{language} {url}: {result.Violations.Length} violation(s), {result.Passes.Length} rule(s) passed");
        }
        Assert.True(found.Count == 0, string.Join(Environment.NewLine, found));
    }

    [Fact]
    public async Task RaiseLowerAndPost_ByKeyboard_KeepFocusOnASensibleControl()
    {
        using var api = new HubApi(hub);
        var consultation = await api.CreateAsync("Focus check", "Asia", "Asia/Bangkok", Themes);
        await using var moderator = await hub.OpenAsync("moderator-focus");
        await HubApi.StartAsync(moderator, hub, consultation);
        await using var participant = await hub.OpenAsync("participant-focus");
        await api.JoinAsync(consultation, participant, new Joiner("Ana Reyes", null, "civil-society", "PH"));
        await participant.GotoAsync(hub.Url($"#/participate/{consultation.Id}"));
        await participant.ExpectLiveAsync();
        var page = participant.Page;

        await participant.TestId("raise-hand").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await participant.TestId("lower-hand").WaitForAsync();
        await Assertions.Expect(participant.TestId("lower-hand")).ToBeFocusedAsync();

        await page.Keyboard.PressAsync("Enter");
        await participant.TestId("raise-hand").WaitForAsync();
        await Assertions.Expect(participant.TestId("raise-hand")).ToBeFocusedAsync();

        await participant.TestId("point-theme").SelectOptionAsync(Themes[0]);
        await participant.TestId("point-text-input").FillAsync("Fund capacity building in every region.");
        await participant.TestId("post-point").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("[data-testid=point-item][data-status=visible]").WaitForAsync();
        await Assertions.Expect(participant.TestId("point-text-input")).ToBeFocusedAsync();
        await Assertions.Expect(participant.TestId("point-text-input")).ToHaveValueAsync("");
        // The next point starts without the last one's theme.
        await Assertions.Expect(participant.TestId("point-theme")).ToHaveValueAsync("");

        var text = await page.Locator("[data-testid=point-item] [data-testid=point-text]").First.TextContentAsync();
        await Assertions.Expect(participant.TestId("upvote").First).ToHaveAttributeAsync("aria-label", $"Upvote: {text?.Trim()}");
        Assert.Empty(participant.PageErrors);
    }

    [Fact]
    public async Task RefusedPoint_TooManyAMinute_IsSaidBesideThePostButtonNotInTheBanner()
    {
        using var api = new HubApi(hub);
        var consultation = await api.CreateAsync("Rate check", "Europe", "Europe/Vienna", Themes);
        await using var moderator = await hub.OpenAsync("moderator-rate");
        await HubApi.StartAsync(moderator, hub, consultation);
        await using var participant = await hub.OpenAsync("participant-rate");
        await api.JoinAsync(consultation, participant, new Joiner("Bo Lindqvist", null, "private-sector", "SE"));
        await participant.GotoAsync(hub.Url($"#/participate/{consultation.Id}"));
        await participant.ExpectLiveAsync();
        var form = participant.TestId("post-point-form");

        // Five points a minute are allowed; the sixth is refused.
        for (var i = 1; i <= 6; i++)
        {
            await participant.TestId("point-text-input").FillAsync($"Point number {i} about data sharing.");
            await participant.TestId("post-point").ClickAsync();
            if (i < 6)
            {
                await Assertions.Expect(participant.Page.Locator("[data-testid=point-item][data-status=visible]")).ToHaveCountAsync(i);
            }
        }
        var refusal = form.Locator("[data-testid=inline-error][data-code=rate-limited]");
        await refusal.WaitForAsync();
        await Assertions.Expect(participant.TestId("error-banner")).ToHaveCountAsync(0);
        await Assertions.Expect(participant.TestId("point-text-input")).ToHaveAttributeAsync("aria-describedby", "pp-count pp-error");
        await Assertions.Expect(participant.TestId("point-text-input")).ToBeFocusedAsync();
        output.WriteLine($"refusal beside the control: {await refusal.TextContentAsync()}");
    }
}
