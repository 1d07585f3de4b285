using System.Diagnostics;
using ConsultHub.SiloHost.Tests.Fixtures;
using ConsultHub.Storage.Sqlite;
using ConsultHub.Testing.Client;
using Xunit.Abstractions;
using ConsultHub.Testing.Fixtures;

namespace ConsultHub.SiloHost.Tests.Faults;

/// <summary>
/// A service manager stops the host with SIGTERM while people are sending: every command in flight
/// either completes (and is durable) or fails with a code or a closed connection, the Orleans silo
/// drains and deactivates, and the process exits 0 within the host's shutdown timeout.
/// </summary>
public sealed class SigtermTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Participants = 24;
    private const int AcknowledgedBeforeSigterm = 150;

    /// <summary>ASP.NET Core's default <c>HostOptions.ShutdownTimeout</c>.</summary>
    private static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan TrafficTimeout = TimeSpan.FromSeconds(60);

    private readonly Scratch _scratch = new("sigterm");
    private readonly Owned _owned = new();

    [Fact]
    public async Task Sigterm_InFlightCommandsFinishOrFailCleanly_AndExitCodeIsZero()
    {
        var database = _scratch.File("hub.db");
        var first = await StartHostAsync(database);
        var drill = _owned.Add(await Drill.PrepareAsync(first.Address, Participants));

        using var stop = new CancellationTokenSource();
        var traffic = drill.RunAsync(stop.Token);
        await Eventually.Until(() => drill.Ledger.AcknowledgedCount >= AcknowledgedBeforeSigterm, TrafficTimeout, "acknowledgments before SIGTERM");
        drill.Ledger.FaultInjected();
        var stopping = Stopwatch.StartNew();
        await first.TerminateAsync();
        var exitCode = await first.WaitForExitAsync(ShutdownTimeout + TimeSpan.FromSeconds(10));
        stopping.Stop();
        await stop.CancelAsync();
        await traffic.WaitAsync(TrafficTimeout);
        var acknowledged = drill.Ledger.Acknowledged;

        var second = await StartHostAsync(database);
        using var http = new HttpClient { BaseAddress = second.Address, Timeout = TimeSpan.FromSeconds(30) };
        var view = await new ConsultationApi(http).GetViewAsync(drill.Id, drill.Keys.ModeratorKey);
        JournalAudit audit;
        await using (var journal = new SqliteEventJournal(new SqliteJournalOptions { Path = database }))
        {
            audit = await JournalAudit.ReadAsync(journal, drill.Id);
        }
        var lost = audit.Lost(acknowledged);

        output.WriteLine($"fault: SIGTERM to silo-host (pid {first.ProcessId}) with {drill.Senders} clients sending");
        output.WriteLine($"exit: code {exitCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none (still running)"} after {stopping.Elapsed.TotalSeconds:F1} s");
        output.WriteLine($"commands: {drill.Ledger.Summary()}");
        output.WriteLine($"journal: head {audit.Head}; acknowledged versions up to {acknowledged.Max(a => a.Version)}; lost {lost.Count}");
        if (first.Output.Length > 0)
        {
            output.WriteLine($"host output:{Environment.NewLine}{first.Output}");
        }

        Assert.Equal(0, exitCode);
        Assert.True(stopping.Elapsed < ShutdownTimeout, $"The host took {stopping.Elapsed} to stop.");
        Assert.Empty(drill.Ledger.ServerErrors);
        Assert.Empty(lost);
        Assert.Empty(audit.Gaps());
        Assert.Empty(audit.ViewDifferences(view));
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
