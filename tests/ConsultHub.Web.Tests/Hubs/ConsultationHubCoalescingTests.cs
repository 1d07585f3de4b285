using ConsultHub.Testing.Client;
using ConsultHub.Web.Tests.Fixtures;

namespace ConsultHub.Web.Tests.Hubs;

/// <summary>
/// Observers' coalescing window through the real hub: what the window gathers reaches each observer
/// as one message, every version once and in order, and nothing is lost when an observer leaves
/// while a window is open. Moderators (no window) get each commit as it happens.
/// </summary>
public sealed class ConsultationHubCoalescingTests
{
    private const int Commands = 4;

    [Fact]
    public async Task CommandsWithinTheObserversWindow_ReachObservers_InFewerMessages_EachVersionOnceInOrder()
    {
        await using var host = await StartAsync(observerWindowMilliseconds: 1000);
        var keys = await host.Server.CreateConsultationAsync();
        var moderator = await host.Clients.ConnectAsync(keys.ModeratorKey);
        var from = (await moderator.WatchAsync(keys.Id)).Version;
        var observer = await host.Clients.ConnectAsync(null);
        Assert.Equal(from, (await observer.WatchAsync(keys.Id)).Version);

        // One after the other, so each command is its own commit and the moderator's own frame.
        long last = 0;
        for (var i = 0; i < Commands; i++)
        {
            last = (await moderator.SendPacedAsync("CapturePoint", [keys.Id, "observation", $"Captured point {i}.", null, null])).Version;
        }
        await observer.VersionAsync(last, Waits.Long);
        await moderator.VersionAsync(last, Waits.Long);

        var expected = Enumerable.Range(1, (int)(last - from)).Select(i => from + i).ToList();
        Assert.Equal(expected, observer.Events.Select(e => e.Version));
        Assert.Equal(expected, moderator.Events.Select(e => e.Version));
        Assert.True(observer.EventMessages < expected.Count, $"The observer got {expected.Count} events in {observer.EventMessages} messages.");
        Assert.Equal(expected.Count, moderator.EventMessages);
    }

    [Fact]
    public async Task AnObserverLeavingWhileAWindowIsOpen_LosesNothing_OthersGetTheWindow_AndItResumesByVersion()
    {
        await using var host = await StartAsync(observerWindowMilliseconds: 1000);
        var keys = await host.Server.CreateConsultationAsync();
        var moderator = await host.Clients.ConnectAsync(keys.ModeratorKey);
        await moderator.WatchAsync(keys.Id);
        var leaving = await host.Clients.ConnectAsync(null);
        var since = (await leaving.WatchAsync(keys.Id)).Version;
        var staying = await host.Clients.ConnectAsync(null);
        await staying.WatchAsync(keys.Id);

        var first = await moderator.SendAsync("CapturePoint", keys.Id, "question", "Who audits the meters?", null, null);
        await leaving.Connection.StopAsync();
        var second = await moderator.SendAsync("CapturePoint", keys.Id, "observation", "Meters are read monthly.", null, null);
        await staying.VersionAsync(second.Version, Waits.Long);
        var back = await host.Clients.ConnectAsync(null);
        var resumed = await back.WatchAsync(keys.Id, since);

        Assert.Equal([first.Version, second.Version], staying.Events.Select(e => e.Version).Where(v => v > since));
        Assert.Equal([first.Version, second.Version], resumed.Events!.Select(e => e.Version));
    }

    private static async Task<Host> StartAsync(int observerWindowMilliseconds)
    {
        var server = new CoalescingHubServer(observerWindowMilliseconds);
        await server.InitializeAsync();
        return new Host(server, new ClientPool(server.Address));
    }

    private sealed record Host(CoalescingHubServer Server, ClientPool Clients) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Clients.DisposeAsync();
            await Server.DisposeAsync();
        }
    }
}
