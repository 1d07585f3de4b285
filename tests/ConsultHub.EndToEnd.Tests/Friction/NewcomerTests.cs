using ConsultHub.EndToEnd.Tests.Fixtures;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ConsultHub.EndToEnd.Tests.Friction;

/// <summary>The newcomer's friction list, each item checked in Chromium against the real host.</summary>
public sealed class NewcomerTests(HubBrowserFixture hub, ITestOutputHelper output) : IClassFixture<HubBrowserFixture>
{
    private static readonly string[] Themes = ["data sharing and privacy", "capacity building"];

    [Fact]
    public async Task OrganizeForm_InKolkata_DefaultsToTheCanonicalZoneCutsNoSelectAndSaysWhereTheKeyIs()
    {
        await using var organizer = await hub.OpenAsync("organizer-kolkata", 1280, 1000, timeZone: "Asia/Calcutta");
        await organizer.GotoAsync(hub.Url("#/organize"));
        var page = organizer.Page;
        await Assertions.Expect(organizer.TestId("settings-time-zone")).ToHaveValueAsync("Asia/Kolkata");
        var zones = await organizer.TestId("settings-time-zone").Locator("option").EvaluateAllAsync<string[]>("os => os.map(o => o.value)");
        Assert.DoesNotContain("Asia/Calcutta", zones);
        Assert.DoesNotContain("Asia/Saigon", zones);
        Assert.DoesNotContain("Europe/Kiev", zones);
        Assert.Contains("Asia/Ho_Chi_Minh", zones);
        Assert.Contains("Europe/Kyiv", zones);
        await Assertions.Expect(organizer.TestId("organizer-key-help")).ToContainTextAsync("silo-host/data/organizer.key");
        await Assertions.Expect(organizer.TestId("settings-language")).ToHaveValueAsync("en");

        // A select is cut when the text it shows needs more room than it has.
        var cut = await page.EvaluateAsync<string[]>(
            """
            () => [...document.querySelectorAll('[data-testid=create-form] select')].filter(s => {
              const has = s.getBoundingClientRect().width;
              const width = s.style.width;
              s.style.width = 'max-content';
              const needs = s.getBoundingClientRect().width;
              s.style.width = width;
              return needs > has + 1;
            }).map(s => s.id)
            """);
        Assert.Empty(cut);

        await organizer.TestId("organizer-key").FillAsync("not-the-organizer-key-at-all");
        await organizer.TestId("settings-title").FillAsync("Wrong key");
        await organizer.TestId("settings-region").FillAsync("Asia");
        await organizer.TestId("create-submit").ClickAsync();
        await Assertions.Expect(organizer.TestId("organizer-key-error")).ToHaveTextAsync("The organizer key was not recognised.");
        await Assertions.Expect(organizer.TestId("organizer-key")).ToBeFocusedAsync();
        await Assertions.Expect(organizer.TestId("created-links")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task PrivateObserverLink_WithoutTheKey_ShowsTheTitleAndAKeyField()
    {
        using var api = new HubApi(hub);
        var consultation = await api.CreateAsync("Closed-door briefing", "Africa", "Africa/Nairobi", Themes, visibility: "private");
        await using var observer = await hub.OpenAsync("observer-without-key");
        await observer.GotoAsync(hub.Url($"#/watch/{consultation.Id}"));
        await observer.TestId("watch-private").WaitForAsync();
        await Assertions.Expect(observer.TestId("observer-key")).ToBeVisibleAsync();
        // The title comes from the 403's consultationTitle (server side of issue 13).
        await Assertions.Expect(observer.TestId("consultation-title")).ToHaveTextAsync(consultation.Title);

        await observer.TestId("observer-key").FillAsync(consultation.ObserverKey);
        await observer.TestId("observer-key-submit").ClickAsync();
        await observer.TestId("watch-page").WaitForAsync();
        await Assertions.Expect(observer.TestId("consultation-title")).ToHaveTextAsync(consultation.Title);
    }

    [Fact]
    public async Task ModeratorsProvisionalSummaryLink_OpenedInANewTab_ShowsTheSummary()
    {
        using var api = new HubApi(hub);
        var consultation = await api.CreateAsync("Summary in a new tab", "Asia", "Asia/Bangkok", Themes);
        await using var moderator = await hub.OpenAsync("moderator-summary");
        await HubApi.StartAsync(moderator, hub, consultation);
        var href = await moderator.TestId("summary-link").GetAttributeAsync("href") ?? throw new InvalidOperationException("No summary link.");

        // A new tab is a new page: nothing of the moderator tab's memory comes with it.
        await using var newTab = await hub.OpenAsync("new-tab");
        await newTab.GotoAsync(hub.Url(href));
        await newTab.Page.Locator("[data-testid=summary-document][data-status=live]").WaitForAsync();
        await Assertions.Expect(newTab.TestId("summary-provisional")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task ObserverDashboard_At1920x1080_ShowsFloorQueueAndChartsWithoutScrollingAndClosedTimes()
    {
        var shots = new Screenshots(output, "dashboard");
        using var api = new HubApi(hub);
        var consultation = await api.CreateAsync("Regional dialogue on data", "Americas", "America/Bogota", Themes);
        await using var moderator = await hub.OpenAsync("moderator-dashboard");
        await HubApi.StartAsync(moderator, hub, consultation);
        await using var participant = await hub.OpenAsync("participant-dashboard");
        await api.JoinAsync(consultation, participant, new Joiner("Lucía Gómez", null, "international-organization", "CO"));
        await participant.GotoAsync(hub.Url($"#/participate/{consultation.Id}"));
        await participant.ExpectLiveAsync();
        await participant.TestId("point-theme").SelectOptionAsync(Themes[0]);
        await participant.TestId("point-text-input").FillAsync("Agree common rules for cross-border data.");
        await participant.TestId("post-point").ClickAsync();
        await participant.TestId("raise-hand").ClickAsync();

        await using var observer = await hub.OpenAsync("observer-1920", 1920, 1080);
        await observer.GotoAsync(hub.Url($"#/watch/{consultation.Id}"));
        await observer.ExpectLiveAsync();
        var page = observer.Page;
        await page.Locator("[data-testid=tally-points-by-theme][data-empty=false]").WaitForAsync();
        await page.WaitForTimeoutAsync(500);
        await shots.TakeAsync(observer, "live");
        var offScreen = new List<string>();
        foreach (var selector in new[] { "[data-testid=floor-banner]", "[data-testid=queue]", "[data-testid=queue-summary]", "#tallies-heading" })
        {
            if (!await Layout.OnScreenAsync(page, selector))
            {
                offScreen.Add(selector);
            }
        }
        foreach (var id in await page.Locator("figure.tally").EvaluateAllAsync<string[]>("fs => fs.map(f => f.dataset.testid)"))
        {
            if (!await Layout.OnScreenAsync(page, $"[data-testid={id}]"))
            {
                offScreen.Add(id);
            }
        }
        Assert.Empty(offScreen);
        // Empty charts say so in words, with no bare axes drawn.
        var empty = page.Locator("figure.tally[data-empty=true]");
        Assert.True(await empty.CountAsync() > 0, "Expected some empty charts in a fresh consultation.");
        await Assertions.Expect(empty.First.GetByTestId("tally-empty")).ToHaveTextAsync("Nothing yet");
        await Assertions.Expect(empty.First.Locator("canvas")).ToBeHiddenAsync();

        await moderator.TestId("close").ClickAsync();
        await moderator.TestId("close-confirm").ClickAsync();
        await Assertions.Expect(observer.TestId("watch-time")).ToContainTextAsync("Held");
        await shots.TakeAsync(observer, "closed");
    }

    [Fact]
    public async Task RollUp_StartsWithTotalsAndContents_EachSummaryFoldsOpen()
    {
        using var api = new HubApi(hub);
        var asia = await api.CreateAsync("Roll-up Asia", "Roll-up region", "Asia/Bangkok", Themes);
        var africa = await api.CreateAsync("Roll-up Africa", "Roll-up region", "Africa/Nairobi", Themes);
        await using var organizer = await hub.OpenAsync("organizer-rollup");
        await HubApi.KeepOrganizerKeyAsync(organizer);
        await organizer.GotoAsync(hub.Url("#/rollup?region=Roll-up%20region"));
        var page = organizer.Page;
        await organizer.TestId("rollup-totals").WaitForAsync();
        await Assertions.Expect(organizer.TestId("rollup-consultation")).ToHaveCountAsync(2);
        Assert.True(await page.EvaluateAsync<bool>(
            "() => !!(document.querySelector('[data-testid=rollup-totals]').compareDocumentPosition(document.querySelector('[data-testid=rollup-consultation]')) & Node.DOCUMENT_POSITION_FOLLOWING)"),
            "The totals do not come before the consultations.");
        await Assertions.Expect(organizer.TestId("rollup-contents-link")).ToHaveCountAsync(2);
        Assert.Equal(new[] { false, false }, await organizer.TestId("rollup-consultation").EvaluateAllAsync<bool[]>("ds => ds.map(d => d.open)"));

        await organizer.TestId("rollup-contents-link").Nth(1).ClickAsync();
        var opened = page.Locator($"[data-testid=rollup-consultation][open]");
        await Assertions.Expect(opened).ToHaveCountAsync(1);
        var openedId = await opened.GetAttributeAsync("data-consultation-id");
        Assert.Contains(openedId, new[] { asia.Id, africa.Id });
        await Assertions.Expect(opened.GetByTestId("summary-document")).ToBeVisibleAsync();
    }
}
