using ConsultHub.EndToEnd.Tests.Fixtures;
using ConsultHub.EndToEnd.Tests.Sessions;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ConsultHub.EndToEnd.Tests.Cluster;

/// <summary>Two browsers on different silos of one cluster, through the front door, are one room.</summary>
public sealed class CrossSiloTests(ClusterBrowserFixture cluster, ITestOutputHelper output) : IClassFixture<ClusterBrowserFixture>
{
    /// <summary>How long a page may take to show a change on a loaded machine: a bound on hanging, not a latency promise.</summary>
    internal static readonly LocatorAssertionsToHaveCountOptions Seen = new() { Timeout = (float)Waits.Ui.TotalMilliseconds };

    [Fact]
    public async Task ParticipantsOnDifferentSilos_SeeEachOthersHandAndPoint_AsDoesTheModerator_Live()
    {
        var keys = await ClusterBrowser.CreateConsultationAsync(cluster, "Regional consultation on energy transition");
        await using var moderator = await ClusterBrowser.OpenModeratorAndStartAsync(cluster, keys);
        await using var amina = await ClusterBrowser.OpenParticipantAsync(cluster, keys, "Amina Yusuf");
        await using var lukas = await ClusterBrowser.OpenParticipantAsync(cluster, keys, "Lukas Weber", avoid: amina.Sockets.CurrentSilo);
        output.WriteLine($"grain on {cluster.GrainSilo.Address}; moderator on {moderator.Sockets.CurrentSilo}, Amina on {amina.Sockets.CurrentSilo}, Lukas on {lukas.Sockets.CurrentSilo}");
        Assert.NotEqual(amina.Sockets.CurrentSilo, lukas.Sockets.CurrentSilo);
        Assert.All(new[] { moderator, amina, lukas }, b => cluster.SiloAt(b.Sockets.CurrentSilo));

        try
        {
            await RaiseAndPostAsync(amina, lukas, moderator);
        }
        catch (PlaywrightException)
        {
            foreach (var browser in new[] { amina, lukas, moderator })
            {
                output.WriteLine($"{browser.Person.Role}: {await browser.Person.Page.Locator("[data-testid=connection-status]").InnerTextAsync()} | " +
                    $"{string.Join(" / ", await browser.Person.Page.Locator("[role=alert]").AllInnerTextsAsync())}");
            }
            throw;
        }
    }

    private static async Task RaiseAndPostAsync(ClusterBrowser amina, ClusterBrowser lukas, ClusterBrowser moderator)
    {
        await amina.Person.TestId("raise-hand").ClickAsync();
        await Assertions.Expect(amina.Person.Page.Locator(ObserverSelectors.QueueRow(amina.ParticipantId!, 1))).ToHaveCountAsync(1, Seen);
        foreach (var watcher in new[] { lukas, moderator })
        {
            await Assertions.Expect(watcher.Person.Page.Locator(ObserverSelectors.QueueRow(amina.ParticipantId!, 1))).ToHaveCountAsync(1, Seen);
        }

        const string text = "Grid interconnection should come before new generation capacity.";
        await lukas.Person.TestId("point-text-input").FillAsync(text);
        await lukas.Person.TestId("post-point").ClickAsync();
        foreach (var watcher in new[] { lukas, amina, moderator })
        {
            await Assertions.Expect(watcher.Person.Page.Locator(PointWithText(text))).ToHaveCountAsync(1, Seen);
        }
    }

    /// <summary>A point with this exact text in a page's list of points.</summary>
    internal static string PointWithText(string text) =>
        $"[data-testid=points] [data-testid=point-item]:has([data-testid=point-text]:text-is(\"{text}\"))";
}
