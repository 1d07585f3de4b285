using System.Diagnostics;
using System.Net;
using System.Text.Json;
using ConsultHub.SiloHost.Tests.Fixtures;
using ConsultHub.Storage.AzureTable;
using ConsultHub.Testing.Azurite;
using ConsultHub.Testing.Client;
using ConsultHub.Testing.Fixtures;
using Microsoft.AspNetCore.SignalR;
using Xunit.Abstractions;

namespace ConsultHub.SiloHost.Tests.Cluster;

/// <summary>
/// Issue 12, item 5: three silo-host processes over one Azurite as one hub; <c>kill -9</c> of the
/// silo holding a consultation's grain while people on every silo send commands, then its restart.
/// Nothing acknowledged is lost, the consultation takes commands again within the 15 s the hub
/// promises, watchers on the survivors see every version once and in order (a watcher on the dead
/// silo resumes by version on a survivor), and the restarted silo rejoins and serves the consultation.
/// </summary>
public sealed class SiloKill9Tests(AzuriteFixture azurite, ITestOutputHelper output) : IClassFixture<AzuriteFixture>, IAsyncLifetime
{
    private const int Participants = 9;
    private const int AcknowledgedBeforeKill = 100;
    private const int AcknowledgedAfterKill = 40;
    private static readonly TimeSpan FailoverPromise = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan TrafficTimeout = TimeSpan.FromSeconds(45);
    private static readonly TimeSpan SettleTimeout = TimeSpan.FromSeconds(20);

    private readonly Scratch _scratch = new("silokill");
    private readonly Owned _owned = new();
    private SiloCluster? _cluster;
    private bool _passed;

    [Fact]
    public async Task Kill9OfTheSiloHostingAConsultation_WhileCommandsFlowOnTheOthers_LosesNothingFailsOverAndTheSiloRejoins()
    {
        var whole = Stopwatch.StartNew();
        var cluster = _cluster = _owned.Add(await SiloCluster.StartAsync(_scratch, azurite.ConnectionString, StartTimeout));
        var clusterUp = whole.Elapsed;
        // An Africa consultation created through the asia silo: the creating call crosses silos.
        var drill = _owned.Add(await ClusterDrill.PrepareAsync(() => cluster.Addresses, createOn: 0, moderatorOn: 0, region: "Africa", Participants));
        var victim = await cluster.LocateAsync(drill.Id, askedOf: 0) ?? throw new InvalidOperationException("The consultation has no activation after it started.");
        var survivors = Enumerable.Range(0, SiloCluster.Regions.Count).Where(i => i != victim).ToList();
        output.WriteLine($"cluster: 3 silo-host processes up and active in {Seconds(clusterUp)}; consultation {drill.Id} (region Africa) created through silo 0 lives on silo {victim} ({SiloCluster.Regions[victim]})");
        var watchers = new List<(BrowserWatcher Watcher, int Silo, string Who)>();
        foreach (var silo in Enumerable.Range(0, SiloCluster.Regions.Count))
        {
            watchers.Add((_owned.Add(await BrowserWatcher.StartAsync(cluster.Addresses[silo]!, drill.Keys.ObserverKey, drill.Id)), silo, "observer"));
        }
        watchers.Add((_owned.Add(await BrowserWatcher.StartAsync(cluster.Addresses[survivors[0]]!, drill.Keys.ModeratorKey, drill.Id)), survivors[0], "moderator"));

        using var stop = new CancellationTokenSource();
        var traffic = drill.RunAsync(stop.Token);
        await Eventually.Until(() => drill.Ledger.AcknowledgedCount >= AcknowledgedBeforeKill, TrafficTimeout, "acknowledgments before the kill");
        drill.Ledger.FaultInjected();
        var victimPid = cluster.Host(victim).ProcessId;
        var victimAddress = await cluster.KillAsync(victim);
        // From the moment the process is gone: commands answered before it were answered by a live silo.
        var killedAt = Stopwatch.GetTimestamp();
        var acknowledgedAtKill = drill.Ledger.AcknowledgedCount;
        output.WriteLine($"fault: SIGKILL of silo {victim} (pid {victimPid}) after {acknowledgedAtKill} acknowledgments");

        foreach (var (watcher, silo, who) in watchers.Where(w => w.Silo == victim))
        {
            await watcher.Connection.Closed.WaitAsync(SettleTimeout);
            var closedAfter = Stopwatch.GetElapsedTime(killedAt);
            var reply = await ResumeAsync(watcher, cluster.Addresses[survivors[0]]!);
            output.WriteLine($"{who} watcher of silo {silo} lost its connection {Seconds(closedAfter)} after the kill, resumed on silo {survivors[0]} {Seconds(Stopwatch.GetElapsedTime(killedAt))} after the kill with {(reply.Events is { } missed ? $"{missed.Count} missed events" : "a whole view")} @{reply.Version}");
        }
        await Eventually.Until(() => drill.Attempts.Count(a => a.Outcome == "ok" && a.SentAt > killedAt) >= AcknowledgedAfterKill, TrafficTimeout, "acknowledgments of commands sent after the kill");
        await stop.CancelAsync();
        await traffic.WaitAsync(TrafficTimeout);

        var afterKill = drill.Attempts.Where(a => a.AnsweredAt > killedAt).ToList();
        var firstAccepted = afterKill.Where(a => a.Outcome == "ok" && a.SentAt > killedAt).Min(a => a.AnsweredAt);
        var failedAfterKill = afterKill.Where(a => a.Outcome is not ("ok" or "conflict" or "rate-limited")).ToList();
        var lastFailed = failedAfterKill.Count == 0 ? killedAt : failedAfterKill.Max(a => a.AnsweredAt);
        var acceptedAgainAfter = Stopwatch.GetElapsedTime(killedAt, firstAccepted);
        var lastFailureAfter = Stopwatch.GetElapsedTime(killedAt, lastFailed);
        output.WriteLine($"commands: {drill.Ledger.Summary()}");
        output.WriteLine($"failover: first command sent after the kill acknowledged {Seconds(acceptedAgainAfter)} after it; last failed answer {Seconds(lastFailureAfter)} after it ({failedAfterKill.Count} failed: {string.Join(", ", failedAfterKill.GroupBy(a => a.Outcome).Select(g => $"{g.Key} {g.Count()}"))})");

        // The survivors evict the dead silo before it comes back, as its operator would see it go.
        await cluster.WaitUntilDeadAsync(victimAddress, survivors[0], SettleTimeout);
        output.WriteLine($"membership: silo {victim} declared dead as silo {survivors[0]} sees it {Seconds(Stopwatch.GetElapsedTime(killedAt))} after the kill (checked once the traffic stopped)");
        var restartedAt = Stopwatch.GetTimestamp();
        await cluster.RestartAsync(victim);
        var memberships = new List<string>();
        foreach (var observer in survivors.Append(victim))
        {
            await cluster.WaitUntilActiveAsync(victim, observer, StartTimeout);
            memberships.Add($"silo {observer} sees {SiloCluster.Describe(await cluster.MembersAsync(observer))}");
        }
        var rejoinedAfter = Stopwatch.GetElapsedTime(restartedAt);
        output.WriteLine($"restart: silo {victim} rejoined (active as every silo sees it) {Seconds(rejoinedAfter)} after its start; {string.Join("; ", memberships)}");

        // The restarted silo serves the consultation: a client on it gets the current state and is heard.
        using var survivorHttp = new HttpClient { BaseAddress = cluster.Addresses[survivors[0]], Timeout = TimeSpan.FromSeconds(30) };
        var headBefore = (await new ConsultationApi(survivorHttp).GetViewAsync(drill.Id, drill.Keys.ModeratorKey)).GetProperty("version").GetInt64();
        var late = _owned.Add(await HubClient.ConnectAsync(cluster.Addresses[victim]!, drill.Keys.ModeratorKey));
        var lateView = await late.WatchAsync(drill.Id);
        const string LateText = "Captured through the restarted silo: the closing remarks.";
        var lateReply = await late.SendAsync("CapturePoint", drill.Id, "observation", LateText, null, null);
        drill.Ledger.Acknowledge(new Acknowledged("moderator on the restarted silo", "CapturePoint", lateReply.Version, lateReply.Id, LateText, Stopwatch.GetTimestamp()));
        output.WriteLine($"restarted silo: watch gave @{lateView.Version} (survivor's view @{headBefore}), its command acknowledged @{lateReply.Version}");
        await Eventually.Until(() => watchers.All(w => w.Watcher.Held >= lateReply.Version), SettleTimeout,
            $"every watcher at the restarted silo's command @{lateReply.Version}:{Environment.NewLine}{Describe(watchers)}");

        var journal = new AzureTableEventJournal(cluster.Journal);
        var audit = await JournalAudit.ReadAsync(journal, drill.Id);
        JsonElement survivorView = default, restartedView = default;
        using var restartedHttp = new HttpClient { BaseAddress = cluster.Addresses[victim], Timeout = TimeSpan.FromSeconds(30) };
        await Eventually.UntilAsync(async () =>
        {
            // Presence may still add an event while things settle: compare views and journal at one head.
            audit = await JournalAudit.ReadAsync(journal, drill.Id);
            survivorView = await new ConsultationApi(survivorHttp).GetViewAsync(drill.Id, drill.Keys.ModeratorKey);
            restartedView = await new ConsultationApi(restartedHttp).GetViewAsync(drill.Id, drill.Keys.ModeratorKey);
            return Version(survivorView) == audit.Head && Version(restartedView) == audit.Head && watchers.All(w => w.Watcher.Held >= audit.Head);
        }, SettleTimeout, $"views, watchers and journal at one head (journal @{audit.Head}, views @{Version(survivorView)} and @{Version(restartedView)}):{Environment.NewLine}{Describe(watchers)}");
        var acknowledged = drill.Ledger.Acknowledged;
        var lost = audit.Lost(acknowledged);
        var forbidden = await StatusWithoutKeyAsync(survivorHttp);

        output.WriteLine($"clients: {Participants} participants on silos [{string.Join(", ", drill.SiloOfEachParticipant())}] at the end ({drill.Reconnected} moved after the kill), moderator on silo 0, watchers on silos [{string.Join(", ", watchers.Select(w => w.Silo))}]");
        output.WriteLine($"journal: head {audit.Head}; acknowledged versions up to {acknowledged.Max(a => a.Version)}; lost {lost.Count}");
        output.WriteLine(Describe(watchers));
        output.WriteLine($"whole test: {Seconds(whole.Elapsed)}");

        Assert.True(acknowledgedAtKill >= AcknowledgedBeforeKill, $"Only {acknowledgedAtKill} commands were acknowledged before the kill.");
        Assert.Empty(drill.Ledger.ServerErrors);
        Assert.Empty(lost);
        Assert.Empty(audit.Gaps());
        Assert.Equal(acknowledged.Count, acknowledged.Select(a => a.Version).Distinct().Count());
        Assert.Empty(audit.ViewDifferences(survivorView));
        Assert.Empty(audit.ViewDifferences(restartedView));
        Assert.True(acceptedAgainAfter < FailoverPromise, $"Commands were accepted again only {Seconds(acceptedAgainAfter)} after the kill.");
        Assert.True(lastFailureAfter < FailoverPromise, $"Commands still failed {Seconds(lastFailureAfter)} after the kill.");
        foreach (var (watcher, silo, _) in watchers)
        {
            Assert.Equal(audit.Head, watcher.Held);
            if (silo != victim)
            {
                // A survivor's watcher got every version as an event: no whole view papered over a hole.
                Assert.Empty(watcher.Views);
                Assert.Equal(audit.Head - watcher.FromVersion, watcher.Applied.Count);
            }
        }
        Assert.True(lateView.Version >= headBefore, $"The restarted silo served @{lateView.Version}, behind the survivors' @{headBefore}.");
        Assert.True(lateReply.Version > lateView.Version, $"The restarted silo's command reached @{lateReply.Version}, not past @{lateView.Version}.");
        Assert.Equal(HttpStatusCode.Forbidden, forbidden);
        _passed = true;
    }

    /// <inheritdoc/>
    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>Closes clients and kills every silo still running, even when the test failed half-way (after writing their last lines).</summary>
    public async Task DisposeAsync()
    {
        if (_cluster is not null && !_passed)
        {
            for (var i = 0; i < SiloCluster.Regions.Count; i++)
            {
                if (_cluster.Addresses[i] is not null)
                {
                    output.WriteLine($"--- silo {i} ({SiloCluster.Regions[i]}), last lines ---{Environment.NewLine}{_cluster.Host(i).Output}");
                }
            }
        }
        await _owned.DisposeAsync();
        _scratch.Dispose();
    }

    /// <summary>Resumes on a survivor as the web client does after a lost connection: retrying while the consultation fails over.</summary>
    private static async Task<WatchReply> ResumeAsync(BrowserWatcher watcher, Uri survivor)
    {
        var deadline = DateTime.UtcNow + SettleTimeout;
        while (true)
        {
            try
            {
                return await watcher.ResumeAsync(survivor);
            }
            catch (HubException refusal) when (HubErrors.Code(refusal) == "unavailable" && DateTime.UtcNow < deadline)
            {
                await Task.Delay(250);
            }
        }
    }

    private static async Task<HttpStatusCode> StatusWithoutKeyAsync(HttpClient http)
    {
        using var response = await http.GetAsync(ConsultHub.Web.Cluster.ClusterEndpoints.Path);
        return response.StatusCode;
    }

    private static string Describe(IEnumerable<(BrowserWatcher Watcher, int Silo, string Who)> watchers) =>
        string.Join(Environment.NewLine, watchers.Select(w =>
            $"{w.Who} watcher on silo {w.Silo}: from view @{w.Watcher.FromVersion}, applied {w.Watcher.Applied.Count} events one by one to @{w.Watcher.Held}, " +
            $"whole views [{string.Join(", ", w.Watcher.Views.Select(v => $"@{v.From}->@{v.To}"))}]; on the wire {w.Watcher.Arrived} events, " +
            $"{w.Watcher.OutOfOrder} out of order, {w.Watcher.Dropped} already held; {w.Watcher.Resyncs} resyncs by version" +
            (w.Watcher.LastResyncError is { } error ? $" (last failed: {error})" : "")));

    private static long Version(JsonElement view) => view.ValueKind == JsonValueKind.Undefined ? -1 : view.GetProperty("version").GetInt64();

    private static string Seconds(TimeSpan elapsed) => $"{elapsed.TotalSeconds:0.00} s";
}
