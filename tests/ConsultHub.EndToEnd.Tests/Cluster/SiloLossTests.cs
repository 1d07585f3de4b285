using System.Diagnostics;
using System.Text.Json;
using ConsultHub.EndToEnd.Tests.Sessions;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ConsultHub.EndToEnd.Tests.Cluster;

/// <summary>
/// The silo a browser is on dies (kill -9). The page says it is reconnecting and holds its
/// commands, comes back through the front door on the surviving silo, resumes its watch by
/// version, and shows every change made while it was away exactly once.
/// </summary>
public sealed class SiloLossTests(ClusterBrowserFixture cluster, ITestOutputHelper output) : IClassFixture<ClusterBrowserFixture>
{
    private static readonly TimeSpan Reconnect = TimeSpan.FromSeconds(45);

    [Fact]
    public async Task SiloOfABrowserDies_ThePageReconnectsToTheOtherSilo_AndShowsEveryChangeMadeMeanwhileOnce()
    {
        var keys = await ClusterBrowser.CreateConsultationAsync(cluster, "Regional consultation on water security");
        await using var moderator = await ClusterBrowser.OpenModeratorAndStartAsync(cluster, keys);
        var grainSilo = cluster.GrainSilo.Address.ToString();
        // The front door sends a new browser to the less busy silo, so which of two participants
        // lands off the consultation's silo is known only once both are in.
        await using var amina = await ClusterBrowser.OpenParticipantAsync(cluster, keys, "Amina Yusuf");
        await using var lukas = await ClusterBrowser.OpenParticipantAsync(cluster, keys, "Lukas Weber", avoid: amina.Sockets.CurrentSilo);
        var (leaver, stayer) = amina.Sockets.CurrentSilo == grainSilo ? (lukas, amina) : (amina, lukas);
        var doomed = leaver.Sockets.CurrentSilo;
        output.WriteLine($"grain on {grainSilo}; moderator on {moderator.Sockets.CurrentSilo}, leaver on {doomed}, stayer on {stayer.Sockets.CurrentSilo}");
        Assert.Equal(grainSilo, stayer.Sockets.CurrentSilo);
        var handshakesBefore = leaver.Sockets.Silos.Count;

        var killed = Stopwatch.StartNew();
        await cluster.SiloAt(doomed).KillAsync();
        await Assertions.Expect(leaver.Person.Page.Locator("[data-testid=connection-status][data-status=reconnecting]")).ToBeVisibleAsync();
        await Assertions.Expect(leaver.Person.TestId("raise-hand")).ToHaveAttributeAsync("aria-disabled", "true");
        // Held away while the others act, so what they do can only reach it through the resume.
        await leaver.Person.Context.SetOfflineAsync(true);

        await stayer.Person.TestId("raise-hand").ClickAsync();
        await Assertions.Expect(stayer.Person.Page.Locator(ObserverSelectors.QueueRow(stayer.ParticipantId!, 1))).ToHaveCountAsync(1, CrossSiloTests.Seen);
        const string text = "Transboundary aquifers need a shared monitoring network.";
        await stayer.Person.TestId("point-text-input").FillAsync(text);
        await stayer.Person.TestId("post-point").ClickAsync();
        await Assertions.Expect(stayer.Person.Page.Locator(CrossSiloTests.PointWithText(text))).ToHaveCountAsync(1, CrossSiloTests.Seen);

        await leaver.Person.Context.SetOfflineAsync(false);
        var page = leaver.Person.Page;
        await Assertions.Expect(page.Locator("[data-testid=connection-status][data-status=live]")).ToBeVisibleAsync(new() { Timeout = (float)Reconnect.TotalMilliseconds });
        output.WriteLine($"leaver live again {killed.Elapsed.TotalSeconds:F1} s after the kill, on {leaver.Sockets.CurrentSilo} (handshakes: {string.Join(", ", leaver.Sockets.Silos)})");
        Assert.True(leaver.Sockets.Silos.Count > handshakesBefore, "The page never opened a new WebSocket.");
        Assert.Equal(grainSilo, leaver.Sockets.CurrentSilo);
        var resume = leaver.Sockets.Watches[^1];
        Assert.Equal(keys.Id, resume[0].GetString());
        Assert.Equal(JsonValueKind.Number, resume[1].ValueKind);

        foreach (var watcher in new[] { leaver, moderator })
        {
            await Assertions.Expect(watcher.Person.Page.Locator(ObserverSelectors.QueueRow(stayer.ParticipantId!, 1))).ToHaveCountAsync(1, CrossSiloTests.Seen);
            await Assertions.Expect(watcher.Person.Page.Locator(CrossSiloTests.PointWithText(text))).ToHaveCountAsync(1, CrossSiloTests.Seen);
            await Assertions.Expect(watcher.Person.Page.Locator("[data-testid=points] [data-testid=point-item]")).ToHaveCountAsync(1, CrossSiloTests.Seen);
        }

        // Commands work again from the page that came back.
        await leaver.Person.TestId("raise-hand").ClickAsync();
        await Assertions.Expect(stayer.Person.Page.Locator(ObserverSelectors.QueueRow(leaver.ParticipantId!, 2))).ToHaveCountAsync(1, CrossSiloTests.Seen);
    }
}
