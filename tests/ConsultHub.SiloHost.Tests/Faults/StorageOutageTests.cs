using System.Diagnostics;
using System.Net;
using System.Text.Json;
using ConsultHub.Domain.Model;
using ConsultHub.SiloHost.Tests.Fixtures;
using ConsultHub.Storage.AzureTable;
using ConsultHub.Testing.Client;
using Xunit.Abstractions;
using ConsultHub.Testing.Fixtures;

namespace ConsultHub.SiloHost.Tests.Faults;

/// <summary>
/// The Azure Table journal goes away for ten seconds in the middle of a session: commands are
/// refused as <c>unavailable</c> (hub) or 503 <c>unavailable</c> (HTTP), <c>/readyz</c> says not
/// ready, nothing is half-written, and when storage returns the same host serves again by itself.
/// </summary>
public sealed class StorageOutageTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Participants = 8;
    private const int AcknowledgedBeforeOutage = 40;
    private const int AcknowledgedAfterRecovery = 40;
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan RecoveryTimeout = TimeSpan.FromSeconds(60);

    private readonly Scratch _scratch = new("outage");
    private readonly Owned _owned = new();

    [Fact]
    public async Task StorageStoppedFor10Seconds_CommandsGetUnavailable_AndTheHubRecoversByItself()
    {
        var azurite = _owned.Add(await AzuriteProcess.StartAsync(_scratch.Path, StartTimeout));
        var journalOptions = new AzureTableJournalOptions
        {
            ConnectionString = azurite.ConnectionString, TableName = "outage" + Guid.NewGuid().ToString("n")[..12],
            RequestTimeout = TimeSpan.FromSeconds(2), MaxAttempts = 1,
        };
        var host = _owned.Add(await HostProcess.StartAsync(_scratch.Path, StartTimeout,
        [
            $"--Hub:OrganizerKey={Drill.OrganizerKey}", "--Storage:Provider=AzureTable",
            $"--Storage:AzureTable:ConnectionString={journalOptions.ConnectionString}", $"--Storage:AzureTable:TableName={journalOptions.TableName}",
            "--Storage:AzureTable:RequestTimeout=00:00:02", "--Storage:AzureTable:MaxAttempts=1",
        ]));
        using var http = new HttpClient { BaseAddress = host.Address, Timeout = TimeSpan.FromSeconds(30) };
        var api = new ConsultationApi(http);
        var drill = _owned.Add(await Drill.PrepareAsync(host.Address, Participants));

        using var stop = new CancellationTokenSource();
        var traffic = drill.RunAsync(stop.Token);
        await Eventually.Until(() => drill.Ledger.AcknowledgedCount >= AcknowledgedBeforeOutage, RecoveryTimeout, "acknowledgments before the outage");
        var readyBefore = await StatusAsync(http, "/readyz");

        drill.Ledger.FaultInjected();
        await azurite.StopAsync();
        var outageStarted = Stopwatch.GetTimestamp();
        var readyDuring = new List<HttpStatusCode>();
        var liveDuring = new List<HttpStatusCode>();
        var joinsDuring = new List<(HttpStatusCode Status, string? Code)>();
        while (Stopwatch.GetElapsedTime(outageStarted) < Outage)
        {
            readyDuring.Add(await StatusAsync(http, "/readyz"));
            liveDuring.Add(await StatusAsync(http, "/healthz"));
            joinsDuring.Add(await JoinAsync(api, drill.Keys));
            await Task.Delay(500);
        }
        var acknowledgedAtRestart = drill.Ledger.AcknowledgedCount;
        var unavailableDuring = drill.Ledger.RefusedAs("unavailable");
        var outageEnded = Stopwatch.GetTimestamp();
        await azurite.RestartAsync(StartTimeout);
        var restarted = Stopwatch.GetTimestamp();

        await Eventually.Until(() => drill.Ledger.AcknowledgedCount >= acknowledgedAtRestart + AcknowledgedAfterRecovery, RecoveryTimeout, "commands to succeed again");
        var recovered = Stopwatch.GetElapsedTime(restarted);
        await Eventually.UntilAsync(async () => await StatusAsync(http, "/readyz") == HttpStatusCode.OK, RecoveryTimeout, "/readyz to say ready again");
        var joinAfter = await JoinAsync(api, drill.Keys);
        await stop.CancelAsync();
        await traffic.WaitAsync(RecoveryTimeout);

        var acknowledged = drill.Ledger.Acknowledged;
        var acknowledgedDuringOutage = acknowledged.Count(a => a.SentAt > outageStarted && a.SentAt < outageEnded);
        var view = await api.GetViewAsync(drill.Id, drill.Keys.ModeratorKey);
        var audit = await JournalAudit.ReadAsync(new AzureTableEventJournal(journalOptions), drill.Id);
        var lost = audit.Lost(acknowledged);
        var acknowledgedVersions = acknowledged.Select(a => a.Version).ToHashSet();
        var joinedVersion = joinAfter.Status == HttpStatusCode.Created ? 1 : 0;
        var unacknowledged = audit.Records.Where(r => r.Version > drill.PreparedVersion && !acknowledgedVersions.Contains(r.Version)).ToList();

        output.WriteLine($"fault: Azurite (table service) stopped for {Outage.TotalSeconds:F0} s under {drill.Senders} clients sending; restarted on port {azurite.Port} with the same data");
        output.WriteLine($"commands: {drill.Ledger.Summary()}");
        output.WriteLine($"during the outage: {unavailableDuring} hub commands refused as unavailable, {acknowledgedDuringOutage} acknowledged; HTTP joins {string.Join(", ", joinsDuring.GroupBy(j => $"{(int)j.Status} {j.Code}").Select(g => $"{g.Key} x{g.Count()}"))}");
        output.WriteLine($"/readyz: before {(int)readyBefore}, during {string.Join(" ", readyDuring.Select(s => (int)s))}, after 200; /healthz during {string.Join(" ", liveDuring.Select(s => (int)s))}");
        output.WriteLine($"recovery: commands acknowledged again {recovered.TotalSeconds:F1} s after Azurite returned, without restarting the host; HTTP join after: {(int)joinAfter.Status}");
        output.WriteLine($"journal: head {audit.Head}, gaps {audit.Gaps().Count}; lost {lost.Count}; events no command was acknowledged for {unacknowledged.Count - joinedVersion}");

        Assert.Equal(HttpStatusCode.OK, readyBefore);
        Assert.True(unavailableDuring > 0, "No hub command was refused as unavailable during the outage.");
        Assert.Equal(0, acknowledgedDuringOutage);
        Assert.All(joinsDuring, j => Assert.Equal((HttpStatusCode.ServiceUnavailable, "unavailable"), j));
        Assert.All(readyDuring, s => Assert.Equal(HttpStatusCode.ServiceUnavailable, s));
        Assert.All(liveDuring, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.Created, joinAfter.Status);
        Assert.Empty(drill.Ledger.ServerErrors);
        Assert.Empty(lost);
        Assert.Empty(audit.Gaps());
        Assert.Equal(joinedVersion, unacknowledged.Count);
        Assert.Empty(audit.ViewDifferences(view));
    }

    /// <inheritdoc/>
    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>Closes clients, kills the host and Azurite, even when the test failed half-way.</summary>
    public async Task DisposeAsync()
    {
        await _owned.DisposeAsync();
        _scratch.Dispose();
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(path);
        return response.StatusCode;
    }

    /// <summary>Joins over HTTP; returns the status and, for a problem, its code.</summary>
    private static async Task<(HttpStatusCode Status, string? Code)> JoinAsync(ConsultationApi api, ConsultationKeys keys)
    {
        var body = ConsultationApi.Json(new { joinCode = keys.JoinCode, displayName = "Late joiner", stakeholderGroup = StakeholderGroup.Academia });
        using var response = await api.SendAsync(HttpMethod.Post, $"{ConsultationApi.ApiPath}/{keys.Id}/participants", body, null);
        if (response.IsSuccessStatusCode)
        {
            return (response.StatusCode, null);
        }
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, problem.RootElement.TryGetProperty("code", out var code) ? code.GetString() : null);
    }
}
