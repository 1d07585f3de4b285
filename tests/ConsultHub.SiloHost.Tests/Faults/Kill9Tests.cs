using ConsultHub.SiloHost.Tests.Fixtures;
using ConsultHub.Storage.Sqlite;
using ConsultHub.Testing.Client;
using Xunit.Abstractions;
using ConsultHub.Testing.Fixtures;

namespace ConsultHub.SiloHost.Tests.Faults;

/// <summary>
/// SPEC "Guarantees": a command is acknowledged only after its events are durable, so a SIGKILL of
/// the host in the middle of a busy session loses nothing acknowledged; the restarted host serves
/// exactly the journal, and watchers resume by version with no gap and no duplicate.
/// </summary>
public sealed class Kill9Tests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Participants = 49;
    /// <summary>
    /// With the 51 events of the setup, the kill lands between the grain's first snapshot (@200) and
    /// its second (@400), and the tunnel watcher leaves after the first: it then resumes from the
    /// journal tail the restarted grain replays after that snapshot.
    /// </summary>
    private const int AcknowledgedBeforeKill = 250;

    /// <summary>Acknowledgments between the tunnel watcher leaving and the kill.</summary>
    private const int TunnelLag = 80;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan TrafficTimeout = TimeSpan.FromSeconds(60);

    private readonly Scratch _scratch = new("kill9");
    private readonly Owned _owned = new();

    [Fact]
    public async Task Kill9_With50ClientsSending_LosesNothingAndClientsResumeWithoutGapOrDuplicate()
    {
        var database = _scratch.File("hub.db");
        var first = await StartHostAsync(database);
        var drill = _owned.Add(await Drill.PrepareAsync(first.Address, Participants));
        var watchers = new List<Watcher>();
        foreach (var credential in new[] { drill.Keys.ObserverKey, drill.Keys.ObserverKey, drill.Keys.ModeratorKey })
        {
            watchers.Add(_owned.Add(await Watcher.StartAsync(first.Address, credential, drill.Id)));
        }

        // One more watcher drops off well before the kill, so that after the restart it is behind by
        // many events that only the journal still holds.
        var tunnel = _owned.Add(await Watcher.StartAsync(first.Address, drill.Keys.ObserverKey, drill.Id));
        watchers.Add(tunnel);

        using var stop = new CancellationTokenSource();
        var traffic = drill.RunAsync(stop.Token);
        await Eventually.Until(() => drill.Ledger.AcknowledgedCount >= AcknowledgedBeforeKill - TunnelLag, TrafficTimeout, "acknowledgments before the tunnel");
        await tunnel.LeaveAsync();
        await Eventually.Until(() => drill.Ledger.AcknowledgedCount >= AcknowledgedBeforeKill, TrafficTimeout, "acknowledgments before the kill");
        await first.KillAsync();
        await traffic.WaitAsync(TrafficTimeout);
        var acknowledged = drill.Ledger.Acknowledged;

        var second = await StartHostAsync(database);
        using var http = new HttpClient { BaseAddress = second.Address, Timeout = TimeSpan.FromSeconds(30) };
        var view = await new ConsultationApi(http).GetViewAsync(drill.Id, drill.Keys.ModeratorKey);
        JournalAudit audit;
        long snapshotVersion;
        await using (var journal = new SqliteEventJournal(new SqliteJournalOptions { Path = database }))
        {
            audit = await JournalAudit.ReadAsync(journal, drill.Id);
            snapshotVersion = (await journal.ReadSnapshotAsync(drill.Id))?.Version ?? 0;
        }
        var lost = audit.Lost(acknowledged);
        var lastBefore = watchers.Select(w => w.LastVersion).ToList();
        var resumes = new List<WatchReply>();
        foreach (var watcher in watchers)
        {
            resumes.Add(await watcher.ResumeAsync(second.Address));
        }

        output.WriteLine($"fault: SIGKILL of silo-host (pid {first.ProcessId}) with {drill.Senders} clients sending and {watchers.Count - 1} watching (one more left {TunnelLag} acknowledgments before)");
        output.WriteLine($"commands: {drill.Ledger.Summary()}");
        output.WriteLine($"journal: head {audit.Head}, snapshot @{snapshotVersion}; acknowledged versions up to {acknowledged.Max(a => a.Version)}; lost {lost.Count}");
        foreach (var (watcher, i) in watchers.Select((w, i) => (w, i)))
        {
            var (held, gaps, duplicates) = watcher.Replay();
            output.WriteLine($"watcher {i + 1}{(watcher == tunnel ? " (tunnel)" : "")}: from view @{watcher.FromVersion}, {watcher.Versions.Count} events, resumed with {(resumes[i].Events is { } missed ? $"{missed.Count} missed events" : "a whole view")} @{resumes[i].Version}, holds @{held}, gaps {gaps.Count}, duplicates {duplicates.Count}");
        }

        Assert.True(acknowledged.Count >= AcknowledgedBeforeKill, $"Only {acknowledged.Count} commands were acknowledged before the kill.");
        Assert.Empty(drill.Ledger.ServerErrors);
        Assert.Empty(lost);
        Assert.Empty(audit.Gaps());
        Assert.Equal(acknowledged.Count, acknowledged.Select(a => a.Version).Distinct().Count());
        Assert.Empty(audit.ViewDifferences(view));
        foreach (var (watcher, i) in watchers.Select((w, i) => (w, i)))
        {
            var (held, gaps, duplicates) = watcher.Replay();
            // The restarted grain holds the events it replayed after its snapshot; a watcher further
            // behind than that gets a whole view, which is no gap either.
            Assert.True(resumes[i].Events is not null || lastBefore[i] < snapshotVersion,
                $"Watcher {i + 1} resumed from @{lastBefore[i]} (snapshot @{snapshotVersion}) with a whole view, not the missed events.");
            Assert.Equal(audit.Head, held);
            Assert.Empty(gaps);
            Assert.Empty(duplicates);
        }
    }

    /// <inheritdoc/>
    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>Closes clients and kills whatever host is still running, even when the test failed half-way.</summary>
    public async Task DisposeAsync()
    {
        await _owned.DisposeAsync();
        _scratch.Dispose();
    }

    private async Task<HostProcess> StartHostAsync(string database) =>
        _owned.Add(await HostProcess.StartAsync(_scratch.Path, StartTimeout,
            [$"--Hub:OrganizerKey={Drill.OrganizerKey}", $"--Storage:Sqlite:Path={database}"]));
}
