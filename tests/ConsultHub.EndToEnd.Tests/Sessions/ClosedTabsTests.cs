using System.Diagnostics;
using ConsultHub.EndToEnd.Tests.Fixtures;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static ConsultHub.EndToEnd.Tests.Sessions.ObserverSelectors;

namespace ConsultHub.EndToEnd.Tests.Sessions;

/// <summary>
/// People who leave with a hand up, the way people do: a closed tab, a closed browser window, a tab
/// navigated elsewhere. Each keeps their place for the grace period, then their hand is lowered on
/// the observer's screen without anyone acting.
/// </summary>
public sealed class ClosedTabsTests(HubBrowserFixture hub, ITestOutputHelper output) : IClassFixture<HubBrowserFixture>
{
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task TabsClosedWithHandsUp_KeepTheirPlaceForTheGrace_ThenTheHandsAreLowered()
    {
        await using var organizer = await hub.OpenAsync("organizer");
        var consultation = await PageFlows.CreateAsync(organizer, hub, new ConsultationDraft(
            "Regional consultation on capacity building", "Africa", "Africa/Nairobi", ["capacity building"]));
        await using var moderator = await hub.OpenAsync("moderator", 1500, 1200);
        await moderator.GotoAsync(consultation.ModeratorLink);
        await moderator.ExpectLiveAsync();
        await moderator.TestId("start").ClickAsync();
        await using var observer = await hub.OpenAsync("observer", 1920, 1080);
        await observer.GotoAsync(consultation.ObserverLink);
        await observer.ExpectLiveAsync();

        var people = new List<(Person Person, string Id)>();
        foreach (var (name, group, country) in new[] { ("Amina Yusuf", "civil-society", "KE"), ("Kwame Mensah", "academia", "GH"), ("Lerato Dube", "private-sector", "ZA") })
        {
            var person = await hub.OpenAsync($"participant-{country.ToLowerInvariant()}", 1280, 1000);
            await person.GotoAsync(consultation.JoinLink);
            var id = await PageFlows.SubmitJoinFormAsync(person, consultation.Id, null, new Joiner(name, null, group, country));
            await person.TestId("raise-hand").ClickAsync();
            await observer.Page.Locator(QueueRow(id)).WaitForAsync();
            people.Add((person, id));
        }

        var left = Stopwatch.StartNew();
        await people[0].Person.Page.CloseAsync();
        await people[1].Person.Context.CloseAsync();
        await people[2].Person.Page.GotoAsync("about:blank");

        // Their places are kept while they might come back.
        await Task.Delay(TimeSpan.FromSeconds(10));
        foreach (var (_, id) in people)
        {
            await Assertions.Expect(observer.Page.Locator(QueueRow(id))).ToHaveCountAsync(1);
        }

        foreach (var (_, id) in people)
        {
            await Assertions.Expect(observer.Page.Locator(QueueRow(id))).ToHaveCountAsync(0, new() { Timeout = (float)(Grace + TimeSpan.FromSeconds(20)).TotalMilliseconds });
        }
        output.WriteLine($"All three hands lowered {left.Elapsed.TotalSeconds:F1} s after the tabs went away (grace {Grace.TotalSeconds:F0} s).");
        Assert.InRange(left.Elapsed, Grace - TimeSpan.FromSeconds(1), Grace + TimeSpan.FromSeconds(10));
        await Assertions.Expect(observer.Page.Locator(Headline("headline-hands", "0"))).ToBeVisibleAsync();
        await Assertions.Expect(observer.Page.Locator(Headline("headline-present", "0"))).ToBeVisibleAsync();
        foreach (var (person, _) in people.Skip(2))
        {
            await person.DisposeAsync();
        }
    }
}
