using System.Diagnostics;
using ConsultHub.Domain.Model;
using ConsultHub.SiloHost.Tests.Fixtures;
using ConsultHub.Testing.Client;
using Xunit.Abstractions;
using ConsultHub.Testing.Fixtures;

namespace ConsultHub.SiloHost.Tests.Faults;

/// <summary>
/// A watcher that stops reading must not hold the hub hostage: once the kernel takes no more for
/// its socket, its outbox fills and the hub drops the connection (it resumes by version when it
/// comes back); memory stays bounded and every other watcher receives events as fast as before.
/// </summary>
public sealed class SlowClientTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int QueueLimit = 64;
    private const int Participants = 40;
    private const int WarmUpEvents = 600;
    private const int LatencySample = 200;

    /// <summary>
    /// Events the hub may still take for a socket the kernel takes no more for: its outbox, plus what
    /// SignalR's and Kestrel's 64 KB pipes hold (about 20 events of the queue's size each), with room
    /// for sampling the kernel only every 100 ms. A hub that does not drop the connection itself
    /// keeps it until SignalR's 10 s send timeout, thousands of events later.
    /// </summary>
    private const int EventsPastFullKernel = QueueLimit + 400;

    private const long MemoryGrowthBound = 64L * 1024 * 1024;
    private const double LatencyFactor = 4;
    private static readonly TimeSpan LatencySlack = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan StallTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(30);

    private readonly Scratch _scratch = new("slow-client");
    private readonly Owned _owned = new();

    [Fact]
    public async Task SlowClientThatStopsReading_IsDropped_AndOtherWatchersKeepTheirLatency()
    {
        var host = _owned.Add(await HostProcess.StartAsync(_scratch.Path, StartTimeout,
        [
            $"--Hub:OrganizerKey={Drill.OrganizerKey}", $"--Storage:Sqlite:Path={_scratch.File("hub.db")}",
            $"--Hub:Limits:MaxQueuedEventsPerConnection={QueueLimit}",
        ]));
        var drill = _owned.Add(await Drill.PrepareAsync(host.Address, Participants));
        var watcher = _owned.Add(await Watcher.StartAsync(host.Address, drill.Keys.ObserverKey, drill.Id));
        using var http = new HttpClient { BaseAddress = host.Address };
        var frozen = await new ConsultationApi(http).JoinAsync(drill.Id, drill.Keys.JoinCode, "Frozen tab", StakeholderGroup.Other);

        var warmUp = Stopwatch.StartNew();
        await HandsUntilAsync(drill, () => drill.Ledger.AcknowledgedCount >= WarmUpEvents);
        warmUp.Stop();
        var before = drill.Ledger.Acknowledged;
        await CaughtUpAsync(watcher, before.Max(a => a.Version));
        var memoryBefore = host.ResidentBytes();

        // A participant's connection, so the hub's dropping it shows as participant-disconnected at
        // once, while the kernel still holds its socket open (SignalR closes that on its own time).
        var stalled = _owned.Add(await StalledWatcher.WatchAsync(host.Address, frozen.Token, drill.Id, StartTimeout));
        var (server, client) = (host.Address.Port, stalled.LocalPort);
        var dropped = watcher.Connection.EventAsync(e => e.Type == "participant-disconnected" && e.Data?.GetProperty("participantId").GetString() == frozen.ParticipantId, StallTimeout);
        var kernel = new List<(long Version, long Queued)>();
        var stallStarted = Stopwatch.GetTimestamp();
        await HandsUntilAsync(drill, () =>
        {
            kernel.Add((drill.Ledger.HighestVersion, TcpTable.SendQueueOf(server, client) ?? -1));
            return dropped.IsCompleted;
        });
        var dropEvent = await dropped;
        var droppedAt = watcher.Arrivals[dropEvent.Version];
        var closed = await Closes(server, client);
        var closedAfterDrop = Stopwatch.GetElapsedTime(droppedAt);
        var whileStalled = drill.Ledger.Acknowledged.Skip(before.Count).ToList();
        await CaughtUpAsync(watcher, Math.Max(whileStalled.Max(a => a.Version), dropEvent.Version));
        var memoryAfter = host.ResidentBytes();
        var delivered = await stalled.DrainUntilClosedAsync(TimeSpan.FromSeconds(10));
        var fullQueue = kernel.Max(k => k.Queued);
        var fullAt = kernel.First(k => k.Queued == fullQueue).Version;
        var eventsPastFull = dropEvent.Version - fullAt;
        // Like for like: as many events just before the stall as just after it began.
        var unstalled = Latencies.Of(before.TakeLast(LatencySample), watcher.Arrivals);
        var stalledSample = Latencies.Of(whileStalled.Take(LatencySample), watcher.Arrivals);
        var wholeStall = Latencies.Of(whileStalled, watcher.Arrivals);
        var growth = memoryAfter - memoryBefore;

        output.WriteLine($"fault: a participant's tab stops reading (outbox limit {QueueLimit} events) while {Participants} participants raise and lower hands (each event carries the queue)");
        output.WriteLine($"commands: {drill.Ledger.Summary()}; warm-up {WarmUpEvents} events in {warmUp.Elapsed.TotalSeconds:F1} s");
        output.WriteLine($"stalled tab: kernel send queue full at {fullQueue / 1024} KB by @{fullAt}; dropped by the hub at @{dropEvent.Version}, {eventsPastFull} events later ({Stopwatch.GetElapsedTime(stallStarted, droppedAt).TotalSeconds:F1} s into the stall); socket {(closed ? $"closed within {closedAfterDrop.TotalSeconds:F1} s of the drop" : "still open")}; {(delivered is { } n ? $"{n} events" : "nothing, the connection is still open,")} delivered once it read again");
        output.WriteLine($"memory (VmRSS): before {Megabytes(memoryBefore)} MB, after {Megabytes(memoryAfter)} MB, growth {Megabytes(growth)} MB over {whileStalled.Count} events");
        output.WriteLine($"other watcher's latency, {LatencySample} events before the stall: {unstalled}");
        output.WriteLine($"other watcher's latency, {LatencySample} events into the stall:  {stalledSample}");
        output.WriteLine($"other watcher's latency, whole stall:                 {wholeStall}");

        Assert.Empty(drill.Ledger.ServerErrors);
        Assert.True(eventsPastFull <= EventsPastFullKernel, $"The hub took {eventsPastFull} more events for the stalled tab after the kernel was full; its outbox holds {QueueLimit}.");
        Assert.True(closed, $"The stalled tab's socket was still open {CloseTimeout} after the hub dropped it.");
        Assert.True(delivered < whileStalled.Count, $"The stalled tab got all {delivered} events: it was never dropped.");
        Assert.True(growth < MemoryGrowthBound, $"The host grew by {Megabytes(growth)} MB.");
        Assert.Equal(whileStalled.Count, wholeStall.Count);
        var bound = Math.Max(LatencyFactor * unstalled.P50, unstalled.P50 + LatencySlack.TotalMilliseconds);
        Assert.True(stalledSample.P50 <= bound, $"Median latency rose from {unstalled.P50:F1} ms to {stalledSample.P50:F1} ms (bound {bound:F1} ms).");
    }

    /// <inheritdoc/>
    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>Closes clients and kills the host, even when the test failed half-way.</summary>
    public async Task DisposeAsync()
    {
        await _owned.DisposeAsync();
        _scratch.Dispose();
    }

    /// <summary>Participants raise and lower hands until <paramref name="done"/> (checked every 100 ms) or <see cref="StallTimeout"/>.</summary>
    private static async Task HandsUntilAsync(Drill drill, Func<bool> done)
    {
        using var stop = new CancellationTokenSource();
        var traffic = drill.RunHandsAsync(stop.Token);
        var deadline = Stopwatch.StartNew();
        while (!done() && deadline.Elapsed < StallTimeout)
        {
            await Task.Delay(100);
        }
        await stop.CancelAsync();
        await traffic;
    }

    private static async Task<bool> Closes(int server, int client)
    {
        var deadline = Stopwatch.StartNew();
        while (TcpTable.IsEstablished(server, client))
        {
            if (deadline.Elapsed > CloseTimeout)
            {
                return false;
            }
            await Task.Delay(100);
        }
        return true;
    }

    private static Task CaughtUpAsync(Watcher watcher, long version) =>
        Eventually.Until(() => watcher.LastVersion >= version, StartTimeout, $"the watcher to reach @{version}");

    private static long Megabytes(long bytes) => bytes / 1024 / 1024;
}
