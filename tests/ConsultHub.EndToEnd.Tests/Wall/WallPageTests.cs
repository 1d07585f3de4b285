using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using ConsultHub.EndToEnd.Tests.Fixtures;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ConsultHub.EndToEnd.Tests.Wall;

/// <summary>
/// The hub-wide pages in Chromium against the real host: the delegates' wall follows three live
/// consultations as they change, and the printable summary fits A4 and Letter paper.
/// </summary>
public sealed partial class WallPageTests(HubBrowserFixture hub, ITestOutputHelper output) : IClassFixture<HubBrowserFixture>
{
    /// <summary>"Within a couple of seconds": consultations report at most twice a second and the wall pushes every 250 ms.</summary>
    private static readonly TimeSpan WallBudget = TimeSpan.FromSeconds(2);

    private const string Privacy = "data sharing and privacy";

    [Fact]
    public async Task Wall_ThreeLiveConsultations_ShowsEachChangeWithinTwoSeconds()
    {
        var shots = new Screenshots(output, "wall");
        await using var asia = await LiveAsync("Asia", "Asia/Bangkok", new("Ana Reyes", null, "civil-society", "PH"));
        await using var africa = await LiveAsync("Africa", "Africa/Nairobi", new("Amina Njoroge", null, "academia", "KE"));
        await using var americas = await LiveAsync("Americas", "America/Bogota", new("Lucía Gómez", null, "member-state", "CO"));

        await using var delegates = await hub.OpenAsync("delegates-wall", 1920, 1080);
        await delegates.GotoAsync(hub.Url("#/wall"));
        await delegates.ExpectLiveAsync();
        var wall = delegates.Page;
        await Assertions.Expect(wall.GetByTestId("wall-card")).ToHaveCountAsync(3);
        foreach (var c in new[] { asia, africa, americas })
        {
            await Assertions.Expect(wall.Locator(Card(c.Id, "wall-title"))).ToHaveTextAsync(c.Title);
            await Assertions.Expect(wall.Locator(Card(c.Id, "wall-present"))).ToHaveTextAsync("1");
            await Assertions.Expect(wall.Locator(Card(c.Id, "wall-hands"))).ToHaveTextAsync("0");
        }
        var tops = await wall.GetByTestId("wall-card").EvaluateAllAsync<double[]>("cards => cards.map(c => Math.round(c.getBoundingClientRect().top))");
        Assert.Single(tops.Distinct());
        await shots.TakeAsync(delegates, "three-live");

        foreach (var c in new[] { asia, africa, americas })
        {
            await WithinBudgetAsync($"{c.Region}: a raised hand", () => c.Participant.TestId("raise-hand").ClickAsync(), wall.Locator(Card(c.Id, "wall-hands")), "1");
        }
        await WithinBudgetAsync("Africa: the floor given", () => africa.Moderator.TestId("give-floor-head").ClickAsync(), wall.Locator(Card(africa.Id, "wall-speaker-name")), "Amina Njoroge");
        await Assertions.Expect(wall.Locator(Card(africa.Id, "wall-hands"))).ToHaveTextAsync("0");
        await shots.TakeAsync(delegates, "hands-and-speaker");

        await americas.Moderator.TestId("close").ClickAsync();
        var clock = Stopwatch.StartNew();
        await americas.Moderator.TestId("close-confirm").ClickAsync();
        await Assertions.Expect(wall.GetByTestId("wall-card")).ToHaveCountAsync(2, new() { Timeout = (float)WallBudget.TotalMilliseconds });
        output.WriteLine($"wall latency {clock.ElapsedMilliseconds,5} ms  Americas: closed, off the wall");
        await shots.TakeAsync(delegates, "one-closed");

        Assert.Empty(delegates.PageErrors);
        Assert.Empty(delegates.ConsoleErrors);
    }

    [Fact]
    public async Task SummaryPage_Printed_PaginatesOnA4AndLetterWithoutHorizontalOverflow()
    {
        var shots = new Screenshots(output, "summary-print");
        await using var africa = await LiveAsync("Africa", "Africa/Nairobi", new("Amina Njoroge", "Kenya Data Rights Network", "civil-society", "KE"));
        var participant = africa.Participant;
        await participant.TestId("point-kind").SelectOptionAsync("recommendation");
        await participant.TestId("point-theme").SelectOptionAsync(Privacy);
        await participant.TestId("point-text-input").FillAsync("Adopt privacy by design in every cross-border data-sharing agreement, with an independent review of each agreement before it is signed.");
        await participant.TestId("post-point").ClickAsync();
        await participant.Page.Locator("[data-testid=point-item][data-status=visible]").WaitForAsync();
        await participant.TestId("raise-hand").ClickAsync();
        await africa.Moderator.TestId("give-floor-head").ClickAsync();
        await africa.Moderator.Page.Locator("[data-testid=floor-banner][data-state=speaking]").WaitForAsync();
        await africa.Moderator.TestId("end-turn").ClickAsync();
        await africa.Moderator.TestId("close").ClickAsync();
        await africa.Moderator.TestId("close-confirm").ClickAsync();
        await africa.Moderator.Page.Locator("[data-testid=consultation-status][data-status=closed]").WaitForAsync();

        // A delegate with no credential: a public consultation's summary is open once it closed.
        await using var reader = await hub.OpenAsync("delegate", 1200, 1000);
        await reader.GotoAsync(hub.Url($"#/summary/{africa.Id}"));
        var page = reader.Page;
        await page.Locator("[data-testid=summary-document][data-status=closed]").WaitForAsync();
        await Assertions.Expect(page.GetByTestId("summary-point")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("[data-testid=summary-turn]")).ToHaveCountAsync(1);
        await page.WaitForFunctionAsync("() => { const imgs = [...document.querySelectorAll('[data-testid=summary-chart] img')]; return imgs.length > 0 && imgs.every(i => i.complete && i.naturalWidth > 0); }");
        await shots.TakeAsync(reader, "screen");

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.GetByTestId("summary-toolbar")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("[data-testid=summary-chart] img").First).ToBeVisibleAsync();
        foreach (var (format, widthMm) in new[] { ("A4", 210.0), ("Letter", 215.9) })
        {
            // The text width at the page's 14 mm side margins, in CSS pixels (96 per inch).
            await page.SetViewportSizeAsync((int)Math.Floor((widthMm - 28) / 25.4 * 96), 1000);
            var overflow = await page.EvaluateAsync<double>(
                "() => Math.max(document.documentElement.scrollWidth - document.documentElement.clientWidth, ...[...document.querySelectorAll('main *')].map(e => e.getBoundingClientRect().right - document.documentElement.clientWidth))");
            Assert.True(overflow <= 0.5, $"{format}: the printed summary overflows its width by {overflow} px.");
            await shots.TakeAsync(reader, $"print-{format}");

            var pdf = await page.PdfAsync(new() { Format = format, PrintBackground = false });
            var pdfPath = Path.Combine(RepositoryPaths.Screenshots, $"summary-print-{format}.pdf");
            await File.WriteAllBytesAsync(pdfPath, pdf);
            var pages = PdfPage().Count(Encoding.Latin1.GetString(pdf));
            output.WriteLine($"{format}: {pages} page(s), {pdf.Length} bytes, {pdfPath}");
            Assert.True(pages >= 1, $"{format}: the PDF has no page.");
        }
        Assert.Empty(reader.PageErrors);
    }

    /// <summary>Creates, starts and joins one consultation: its moderator and one participant stay on their pages.</summary>
    private async Task<LiveConsultation> LiveAsync(string region, string timeZone, Joiner who)
    {
        var title = $"Draft data convention: {region}";
        // A fresh organizer each time: the organize page is a hash route, and reloading it in place is no navigation.
        await using var organizer = await hub.OpenAsync($"organizer-{region.ToLowerInvariant()}");
        var created = await PageFlows.CreateAsync(organizer, hub, new ConsultationDraft(title, region, timeZone, [Privacy, "capacity building"]));
        var moderator = await hub.OpenAsync($"moderator-{region.ToLowerInvariant()}", 1400, 1000);
        await moderator.GotoAsync(created.ModeratorLink);
        await moderator.ExpectLiveAsync();
        await moderator.TestId("start").ClickAsync();
        await moderator.Page.Locator("[data-testid=consultation-status][data-status=live]").WaitForAsync();
        var participant = await hub.OpenAsync($"participant-{region.ToLowerInvariant()}", 1280, 1000);
        await participant.GotoAsync(created.JoinLink);
        await PageFlows.SubmitJoinFormAsync(participant, created.Id, null, who);
        return new LiveConsultation(created.Id, title, region, moderator, participant);
    }

    /// <summary>Runs <paramref name="action"/> and checks the wall shows <paramref name="text"/> within <see cref="WallBudget"/>.</summary>
    private async Task WithinBudgetAsync(string change, Func<Task> action, ILocator onWall, string text)
    {
        var before = await onWall.CountAsync() == 0 ? null : (await onWall.TextContentAsync())?.Trim();
        Assert.True(before != text, $"'{change}': the wall already showed '{text}' before the action.");
        await action();
        var clock = Stopwatch.StartNew();
        await Assertions.Expect(onWall).ToHaveTextAsync(text, new() { Timeout = (float)WallBudget.TotalMilliseconds });
        output.WriteLine($"wall latency {clock.ElapsedMilliseconds,5} ms  {change}");
    }

    private static string Card(string consultationId, string testId) =>
        $"[data-testid=wall-card][data-consultation-id=\"{consultationId}\"] [data-testid={testId}]";

    [GeneratedRegex(@"/Type\s*/Page(?!s)")]
    private static partial Regex PdfPage();

    /// <summary>A live consultation with its moderator's and one participant's pages open.</summary>
    private sealed record LiveConsultation(string Id, string Title, string Region, Person Moderator, Person Participant) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Participant.DisposeAsync();
            await Moderator.DisposeAsync();
        }
    }
}
