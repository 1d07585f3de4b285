namespace ConsultHub.EndToEnd.Tests.Fixtures;

/// <summary>
/// Every page of the web client, each opened by the person who would use it and named by the
/// test id that shows it has rendered: the accessibility and layout checks walk the same list.
/// </summary>
public static class PageTour
{
    /// <summary>The nine pages of one started consultation, in the order a newcomer meets them.</summary>
    public static IReadOnlyList<PageStop> Of(ApiConsultation consultation, Person reader, Person participant, Person moderator) =>
    [
        new(reader, "#/", "directory-page"),
        new(reader, "#/organize", "create-form"),
        new(reader, $"#/join/{consultation.Id}?code={consultation.JoinCode}", "join-form"),
        new(participant, $"#/participate/{consultation.Id}", "participate-page"),
        new(moderator, HubApi.ModerateLink(consultation), "moderate-page"),
        new(reader, $"#/watch/{consultation.Id}", "watch-page"),
        new(reader, "#/wall", "wall-page"),
        new(reader, $"#/summary/{consultation.Id}?key={Uri.EscapeDataString(consultation.ModeratorKey)}", "summary-document"),
        new(reader, "#/rollup", "rollup-totals"),
    ];

    /// <summary>Opens the stop's page in a fresh document and waits until it has rendered and settled.</summary>
    public static async Task VisitAsync(HubBrowserFixture hub, PageStop stop)
    {
        // A fresh document each time: most of these links differ only in the fragment.
        await stop.Who.Page.GotoAsync("about:blank");
        await stop.Who.GotoAsync(hub.Url(stop.Url));
        await stop.Who.TestId(stop.Ready).First.WaitForAsync();
        await stop.Who.Page.WaitForTimeoutAsync(300);
    }
}
