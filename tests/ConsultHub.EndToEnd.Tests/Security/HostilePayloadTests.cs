using ConsultHub.EndToEnd.Tests.Fixtures;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static ConsultHub.EndToEnd.Tests.Security.Payloads;

namespace ConsultHub.EndToEnd.Tests.Security;

/// <summary>
/// Every field people type and others see carries HTML and script payloads; every page that
/// shows them (organizer, home, join, moderator, participants, observer) must show them as text,
/// run nothing, create no markup, and be served with a CSP that forbids inline script.
/// </summary>
public sealed class HostilePayloadTests(HubBrowserFixture hub, ITestOutputHelper output) : IClassFixture<HubBrowserFixture>
{
    private const string ThemeImg = Img;
    private const string ThemeLink = JavaScriptLink;
    private const string FirstPoint = $"{Script} {MarkdownLink}";
    private const string SecondPoint = Frame;
    private const string CapturedPoint = Svg;
    private const string HiddenPoint = $"To hide: {Img}";
    private const string OtherHiddenPoint = $"Also to hide: {JavaScriptLink}";
    private const string FirstReason = $"{Img} off-topic";
    private const string SecondReason = Script;
    private const string Question = $"{Img} Which option?";

    private static readonly string[] PollOptions = [Script, Svg, JavaScriptUrl];
    private static readonly Joiner First = new(Img, Svg, "civil-society", "FR");
    private static readonly Joiner Second = new(Script, JavaScriptLink, "private-sector", null);

    [Fact]
    public async Task HostilePayloads_AreShownAsText_AndNoScriptRuns()
    {
        var shots = new Screenshots(output, "hostile-payloads");

        await using var organizer = await hub.OpenAsync("organizer");
        var created = await PageFlows.CreateAsync(organizer, hub, new ConsultationDraft(Title, Svg, "Europe/Vienna", [ThemeImg, ThemeLink]));
        await PageSafety.AssertCspForbidsInlineScriptAsync(organizer.LastResponse, "organize");
        await Assertions.Expect(organizer.TestId("created-links").Locator("h2")).ToHaveTextAsync($"“{Title}” is ready");
        await PageSafety.AssertShownAsTextAsync(organizer, [Title]);
        await shots.TakeAsync(organizer, "created-links");

        await using var observer = await OpenAsync("observer", created.ObserverLink, 1920, 1080);
        await using var moderator = await OpenAsync("moderator", created.ModeratorLink, 1500, 1200);
        await moderator.TestId("start").ClickAsync();
        await moderator.Page.Locator("[data-testid=consultation-status][data-status=live]").WaitForAsync();

        await using var first = await OpenAsync("participant-first", created.JoinLink, 1280, 1000, waitLive: false);
        var firstId = await PageFlows.SubmitJoinFormAsync(first, created.Id, null, First);
        await using var second = await OpenAsync("participant-second", created.JoinLink, 1280, 1000, waitLive: false);
        var secondId = await PageFlows.SubmitJoinFormAsync(second, created.Id, null, Second);

        // Names on the floor and in the queue; points with hostile themes; a capture for a hostile name.
        await first.TestId("raise-hand").ClickAsync();
        await first.TestId("my-queue-position").WaitForAsync();
        await second.TestId("raise-hand").ClickAsync();
        await second.TestId("my-queue-position").WaitForAsync();
        await moderator.TestId("give-floor-head").ClickAsync();
        await first.TestId("you-have-floor").WaitForAsync();

        await PostAsync(first, ThemeImg, FirstPoint);
        await PostAsync(second, ThemeLink, SecondPoint);
        await PostAsync(second, null, HiddenPoint);
        await PostAsync(first, null, OtherHiddenPoint);
        await moderator.TestId("capture-theme").SelectOptionAsync(ThemeImg);
        await moderator.TestId("capture-attribution").SelectOptionAsync(secondId);
        await moderator.TestId("capture-text").FillAsync(CapturedPoint);
        await moderator.TestId("capture-submit").ClickAsync();
        await HideAsync(moderator, HiddenPoint, FirstReason);
        await HideAsync(moderator, OtherHiddenPoint, SecondReason);

        await moderator.TestId("poll-question").FillAsync(Question);
        var options = moderator.TestId("poll-option-input");
        await moderator.TestId("poll-add-option").ClickAsync();
        for (var i = 0; i < PollOptions.Length; i++)
        {
            await options.Nth(i).FillAsync(PollOptions[i]);
        }
        await moderator.TestId("poll-open").ClickAsync();
        await VoteAsync(first, 0);
        await VoteAsync(second, 2);

        // Everything has reached the observer before the pages are inspected.
        await observer.Page.Locator("[data-testid=top-points] [data-testid=point-item]").Nth(2).WaitForAsync();
        await observer.Page.Locator("[data-testid=moderation-counts]:has-text(\"2 hidden\")").WaitForAsync();
        await observer.Page.Locator("[data-testid=poll-option-result][data-option=\"2\"][data-votes=\"1\"]").WaitForAsync();
        await moderator.Page.Locator("[data-testid=ledger-row][data-action=hide-point]").Nth(1).WaitForAsync();

        string[] seenByAll = [Title, Svg, First.Name, Second.Name, FirstPoint, SecondPoint, CapturedPoint, ThemeImg, ThemeLink, Question, .. PollOptions];
        string[] neverShownPublicly = [HiddenPoint, OtherHiddenPoint, FirstReason];
        await PageSafety.AssertShownAsTextAsync(moderator, [.. seenByAll, First.Affiliation!, Second.Affiliation!, HiddenPoint, OtherHiddenPoint, FirstReason, SecondReason]);
        await AssertShownAndHiddenAsync(first, [.. seenByAll, First.Affiliation!, Second.Affiliation!], neverShownPublicly);
        await AssertShownAndHiddenAsync(second, [.. seenByAll, First.Affiliation!, Second.Affiliation!], neverShownPublicly);
        await AssertShownAndHiddenAsync(observer, seenByAll, neverShownPublicly);

        await using var visitor = await hub.OpenAsync("visitor");
        await PageSafety.AssertCspForbidsInlineScriptAsync(await visitor.GotoAsync(hub.Url("#/")), "home");
        await visitor.Page.Locator($"[data-testid=directory-entry][data-consultation-id=\"{created.Id}\"]").WaitForAsync();
        await PageSafety.AssertShownAsTextAsync(visitor, [Title, Svg]);
        await using var joiner = await OpenAsync("joiner", created.JoinLink, 1280, 1000, waitLive: false);
        await Assertions.Expect(joiner.Page.Locator("h1")).ToHaveTextAsync($"Join “{Title}”");
        await PageSafety.AssertShownAsTextAsync(joiner, [Title]);
        await PageSafety.AssertShownAsTextAsync(organizer, [Title]);

        await shots.TakeAsync(moderator, "console");
        await shots.TakeAsync(first, "participant");
        await shots.TakeAsync(observer, "dashboard");
        await shots.TakeAsync(visitor, "directory");
    }

    /// <summary>
    /// The control: markup slipped into a real page (as a rendering bug would) is caught by the same
    /// checks, and Chromium enforces the CSP, so the inline handler is blocked rather than run.
    /// </summary>
    [Fact]
    public async Task InjectedMarkup_IsCaughtByThePageChecks_AndTheCspBlocksItsHandler()
    {
        await using var visitor = await hub.OpenAsync("visitor");
        await PageSafety.AssertCspForbidsInlineScriptAsync(await visitor.GotoAsync(hub.Url("#/")), "home");
        await visitor.TestId("organize-link").WaitForAsync();
        await PageSafety.AssertShownAsTextAsync(visitor, []);

        await visitor.Page.EvaluateAsync("(html) => { const d = document.createElement('div'); d.innerHTML = html; document.body.append(d); }", Img);
        await visitor.Page.WaitForFunctionAsync("() => window.__cspViolations.length > 0");

        Assert.True(await visitor.Page.EvaluateAsync<bool>("() => typeof window.__xss === 'undefined'"), "The CSP let an inline onerror handler run.");
        var caught = await Assert.ThrowsAnyAsync<Xunit.Sdk.XunitException>(() => PageSafety.AssertShownAsTextAsync(visitor, []));
        Assert.Contains("img src=\"x\"", caught.Message);
    }

    /// <summary>Opens a page for a new person, checking the CSP of the document it loads.</summary>
    private async Task<Person> OpenAsync(string role, string url, int width, int height, bool waitLive = true)
    {
        var person = await hub.OpenAsync(role, width, height);
        await PageSafety.AssertCspForbidsInlineScriptAsync(await person.GotoAsync(url), role);
        if (waitLive)
        {
            await person.ExpectLiveAsync();
        }
        return person;
    }

    private static async Task AssertShownAndHiddenAsync(Person person, string[] shown, string[] absent)
    {
        await PageSafety.AssertShownAsTextAsync(person, shown);
        var text = await person.Page.EvaluateAsync<string>("() => document.body.innerText");
        foreach (var secret in absent)
        {
            Assert.False(text.Contains(secret, StringComparison.Ordinal), $"{person.Role} sees hidden text or a moderation reason: '{secret}'.");
        }
    }

    private static async Task PostAsync(Person author, string? theme, string text)
    {
        if (theme is not null)
        {
            await author.TestId("point-theme").SelectOptionAsync(theme);
        }
        await author.TestId("point-text-input").FillAsync(text);
        await author.TestId("post-point").ClickAsync();
        await author.Page.Locator("[data-testid=point-item]").Filter(new() { Has = author.Page.GetByTestId("point-text").GetByText(text, new() { Exact = true }) }).WaitForAsync();
    }

    private static async Task HideAsync(Person moderator, string text, string reason)
    {
        var point = moderator.Page.Locator("[data-testid=point-item]").Filter(new() { Has = moderator.Page.GetByTestId("point-text").GetByText(text, new() { Exact = true }) });
        await point.GetByTestId("hide-point").ClickAsync();
        await moderator.TestId("reason-input").FillAsync(reason);
        await moderator.TestId("reason-confirm").ClickAsync();
        await point.And(moderator.Page.Locator("[data-status=hidden]")).WaitForAsync();
    }

    private static async Task VoteAsync(Person voter, int option)
    {
        await voter.Page.Locator($"[data-testid=ballot-option][data-option=\"{option}\"]").CheckAsync();
        await voter.TestId("vote").ClickAsync();
        await voter.Page.GetByText("You voted for").WaitForAsync();
    }
}
