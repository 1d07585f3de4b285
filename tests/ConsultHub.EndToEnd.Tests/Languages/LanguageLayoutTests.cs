using ConsultHub.EndToEnd.Tests.Fixtures;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ConsultHub.EndToEnd.Tests.Languages;

/// <summary>
/// Arabic pages laid out right to left without sideways overflow, and the participant's phone:
/// at 390x844 the next action is on screen without scrolling, in Arabic, French and Spanish.
/// </summary>
public sealed class LanguageLayoutTests(HubBrowserFixture hub, ITestOutputHelper output) : IClassFixture<HubBrowserFixture>
{
    private static readonly string[] Themes = ["data sharing and privacy", "capacity building"];

    [Theory]
    [InlineData(1280, 900)]
    [InlineData(390, 844)]
    public async Task ArabicPages_InChromium_RunRightToLeftWithoutHorizontalOverflow(int width, int height)
    {
        var shots = new Screenshots(output, $"arabic-{width}");
        using var api = new HubApi(hub);
        var consultation = await api.CreateAsync($"مشاورة إقليمية بشأن البيانات {width}", "Asia", "Asia/Bangkok", Themes);
        await using var moderator = await hub.OpenAsync($"moderator-{width}", width, height);
        await HubApi.ChooseLanguageAsync(moderator, "ar");
        await HubApi.StartAsync(moderator, hub, consultation);
        await using var participant = await hub.OpenAsync($"participant-{width}", width, height);
        await HubApi.ChooseLanguageAsync(participant, "ar");
        await api.JoinAsync(consultation, participant, new Joiner("Layla Haddad", null, "civil-society", "JO"));
        await participant.GotoAsync(hub.Url($"#/participate/{consultation.Id}"));
        await participant.ExpectLiveAsync();
        await participant.TestId("point-text-input").FillAsync("نقترح مراجعة مستقلة لكل اتفاق لتبادل البيانات عبر الحدود قبل توقيعه.");
        await participant.TestId("post-point").ClickAsync();
        await participant.Page.Locator("[data-testid=point-item][data-status=visible]").WaitForAsync();

        await using var reader = await hub.OpenAsync($"reader-{width}", width, height);
        await HubApi.ChooseLanguageAsync(reader, "ar");
        await HubApi.KeepOrganizerKeyAsync(reader);
        var failures = new List<string>();
        foreach (var stop in PageTour.Of(consultation, reader, participant, moderator))
        {
            await PageTour.VisitAsync(hub, stop);
            var (who, url, ready) = (stop.Who, stop.Url, stop.Ready);
            var direction = await Layout.DirectionAsync(who.Page);
            var (overflow, widest) = await Layout.HorizontalOverflowAsync(who.Page);
            await shots.TakeAsync(who, ready);
            output.WriteLine($"{url}: dir={direction[0]} direction={direction[1]} lang={direction[2]} overflow={overflow:0.#} px ({widest})");
            if (direction[0] != "rtl" || direction[1] != "rtl" || direction[2] != "ar")
            {
                failures.Add($"{url}: dir={direction[0]}, computed direction {direction[1]}, lang {direction[2]}");
            }
            if (overflow > 1)
            {
                failures.Add($"{url}: {widest} reaches {overflow:0.#} px past the viewport sideways");
            }
        }
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.Empty(participant.PageErrors);
        Assert.Empty(reader.PageErrors);
    }

    [Theory]
    [InlineData("ar")]
    [InlineData("fr")]
    [InlineData("es")]
    public async Task Participant_OnAPhone_ReachesTheNextActionWithoutScrolling(string language)
    {
        var shots = new Screenshots(output, $"phone-{language}");
        using var api = new HubApi(hub);
        var consultation = await api.CreateAsync($"Phone floor {language}", "Americas", "America/Bogota", Themes);
        await using var moderator = await hub.OpenAsync($"moderator-{language}");
        await HubApi.StartAsync(moderator, hub, consultation);
        await using var phone = await hub.OpenAsync($"phone-{language}", 390, 844);
        await HubApi.ChooseLanguageAsync(phone, language);
        await api.JoinAsync(consultation, phone, new Joiner("Lucía Gómez", null, "member-state", "CO"));
        await phone.GotoAsync(hub.Url($"#/participate/{consultation.Id}"));
        await phone.ExpectLiveAsync();
        var page = phone.Page;

        Assert.Equal(0, await page.EvaluateAsync<double>("() => scrollY"));
        foreach (var action in new[] { "action-hand", "action-point" })
        {
            Assert.True(await Layout.OnScreenAsync(page, $"[data-testid={action}]"), $"{language}: {action} is not on screen without scrolling.");
            var box = await phone.TestId(action).BoundingBoxAsync() ?? throw new InvalidOperationException($"{action} has no box.");
            Assert.True(box.Height >= 44 && box.Width >= 44, $"{language}: {action} is {box.Width}x{box.Height}, under 44 px.");
        }
        await shots.TakeAsync(phone, "arrived");

        await phone.TestId("action-hand").ClickAsync();
        await page.Locator("[data-testid=action-hand][data-state=raised]").WaitForAsync();
        Assert.Equal("action-hand", await Layout.FocusedAsync(page));
        await moderator.TestId("give-floor-head").ClickAsync();
        await page.Locator("[data-testid=action-hand][data-state=speaking]").WaitForAsync();

        // Typing a point: the floor and its countdown stay in view, and so does the action bar.
        await phone.TestId("action-point").ClickAsync();
        Assert.Equal("point-text-input", await Layout.FocusedAsync(page));
        await page.Keyboard.TypeAsync("Une revue indépendante avant chaque accord.");
        await page.WaitForTimeoutAsync(300);
        Assert.True(await Layout.OnScreenAsync(page, "[data-testid=countdown]"), $"{language}: the countdown scrolled away while typing.");
        Assert.True(await Layout.OnScreenAsync(page, "[data-testid=floor-speaker]"), $"{language}: the floor scrolled away while typing.");
        Assert.True(await Layout.OnScreenAsync(page, "[data-testid=action-hand]"), $"{language}: the action bar scrolled away while typing.");
        await shots.TakeAsync(phone, "typing-with-the-floor");

        await moderator.TestId("poll-question").FillAsync("¿Revisión independiente?");
        await moderator.TestId("poll-option-input").Nth(0).FillAsync("Sí");
        await moderator.TestId("poll-option-input").Nth(1).FillAsync("No");
        await moderator.TestId("poll-open").ClickAsync();
        await phone.TestId("action-vote").WaitForAsync();
        Assert.True(await Layout.OnScreenAsync(page, "[data-testid=action-vote]"), $"{language}: the vote action is not on screen.");
        await phone.TestId("action-vote").ClickAsync();
        Assert.Equal("ballot-option", await Layout.FocusedAsync(page));
        await shots.TakeAsync(phone, "vote");
        Assert.Empty(phone.PageErrors);
    }

    [Fact]
    public async Task ConsultationLanguage_ForSomeoneWhoHasNotChosen_OpensItsPages_UntilThePersonPicksAnother()
    {
        using var api = new HubApi(hub);
        // The consultation's own language is the server side of issue 13 (ConsultationSettings.language).
        var consultation = await api.CreateAsync("Consulta regional sobre datos", "Americas", "America/Bogota", Themes, language: "es");
        await using var participant = await hub.OpenAsync("participant-language");
        await api.JoinAsync(consultation, participant, new Joiner("Lucía Gómez", null, "member-state", "CO"));
        await participant.GotoAsync(hub.Url($"#/participate/{consultation.Id}"));
        await participant.ExpectLiveAsync();
        await Assertions.Expect(participant.Page.Locator("html")).ToHaveAttributeAsync("lang", "es");
        await Assertions.Expect(participant.TestId("raise-hand")).ToHaveTextAsync("Levantar la mano");

        await participant.TestId("language-picker").SelectOptionAsync("ru");
        await Assertions.Expect(participant.TestId("raise-hand")).ToHaveTextAsync("Поднять руку");
        await participant.Page.ReloadAsync();
        await participant.ExpectLiveAsync();
        await Assertions.Expect(participant.Page.Locator("html")).ToHaveAttributeAsync("lang", "ru");
        await Assertions.Expect(participant.Page.Locator("html")).ToHaveAttributeAsync("dir", "ltr");
    }

    [Fact]
    public async Task LanguagePicker_OnAnyPage_IsRememberedAndTurnsArabicRightToLeft()
    {
        await using var person = await hub.OpenAsync("picker");
        await person.GotoAsync(hub.Url("#/"));
        await person.TestId("directory-page").WaitForAsync();
        await Assertions.Expect(person.Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await person.TestId("language-picker").SelectOptionAsync("ar");
        await Assertions.Expect(person.Page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await Assertions.Expect(person.Page.Locator("h1")).ToHaveTextAsync("المشاورات");
        await person.Page.ReloadAsync();
        await person.TestId("directory-page").WaitForAsync();
        await Assertions.Expect(person.Page.Locator("html")).ToHaveAttributeAsync("lang", "ar");
        await person.Page.GotoAsync(hub.Url("#/organize"));
        await Assertions.Expect(person.TestId("settings-language")).ToHaveValueAsync("ar");
        Assert.Empty(person.PageErrors);
    }
}
