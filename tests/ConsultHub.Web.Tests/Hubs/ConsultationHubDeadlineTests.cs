using System.Text.Json;
using ConsultHub.Domain.Model;
using ConsultHub.Web.Hubs;
using ConsultHub.Testing.Client;
using ConsultHub.Web.Tests.Fixtures;
using ConsultHub.Web.Tests.Summaries;
using ConsultHub.Web.Tests.Trust.Fixtures;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace ConsultHub.Web.Tests.Hubs;

/// <summary>
/// Deadlines on the real clock, no fake time: eight consultations run at once on a fresh hub, each
/// with a 35 s turn and four raised hands whose owners drop off in four ways (a close frame, a lost
/// socket, a server-side abort, a connection gone silent). Every warning, overtime mark and grace
/// expiry acts within a second of its moment, and the summary agrees.
/// </summary>
[Collection(RealTimeHubCollection.Name)]
public sealed class ConsultationHubDeadlineTests(RealTimeHub hub, ITestOutputHelper output)
{
    private const int Consultations = 8;
    private static readonly TimeSpan Late = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task EightConsultationsInParallel_EveryWarningOvertimeAndGrace_ActsWithinASecond()
    {
        var rooms = await Task.WhenAll(Enumerable.Range(0, Consultations).Select(_ => DeadlineRoom.OpenAsync(hub)));
        try
        {
            await Task.WhenAll(rooms.Select(r => r.DropEveryoneButTheSpeakerAsync()));
            try
            {
                await Task.WhenAll(rooms.Select(r => r.Observer.EventAsync(
                    _ => r.Observer.Events.Count(e => e.Type == "hand-lowered" && Reason(e) == "grace-expired") == 4
                        && r.Observer.Events.Any(e => e.Type == "turn-overtime"),
                    TimeSpan.FromSeconds(100))));
            }
            catch (TimeoutException)
            {
                foreach (var room in rooms)
                {
                    output.WriteLine($"{room.Id}: {string.Join(", ", room.Observer.Events.Select(e => $"{e.Type}@{e.At:HH:mm:ss.fff}{(e.Type == "hand-lowered" ? "/" + Reason(e) : "")}"))}");
                }
                throw;
            }

            var worst = TimeSpan.Zero;
            foreach (var room in rooms)
            {
                worst = Max(worst, AssertMarksOnTime(room.Observer.Events));
                worst = Max(worst, AssertGraceOnTime(room.Observer.Events, room.Dropped));
            }
            output.WriteLine($"{Consultations} consultations: latest deadline acted {worst.TotalMilliseconds:F0} ms after its moment");

            foreach (var room in rooms)
            {
                await room.Moderator.SendAsync("EndTurn", room.Id);
                using var summary = await hub.Api.SummaryAsync(room.Id, room.Keys.ModeratorKey, "json");
                using var json = JsonDocument.Parse(await summary.Content.ReadAsStringAsync());
                var turn = Assert.Single(json.RootElement.GetProperty("timeline").EnumerateArray());
                Assert.True(turn.GetProperty("overtime").GetBoolean());
                Assert.True(turn.GetProperty("durationMs").GetInt64() >= 35_000);
                var view = await hub.Api.GetViewAsync(room.Id, room.Keys.ModeratorKey);
                Assert.Empty(view.GetProperty("queue").EnumerateArray());
                Assert.Equal(1, view.GetProperty("tallies").GetProperty("presentByGroup").EnumerateObject().Sum(g => g.Value.GetInt32()));
            }
        }
        finally
        {
            foreach (var room in rooms)
            {
                await room.DisposeAsync();
            }
        }
    }

    private static TimeSpan AssertMarksOnTime(IReadOnlyList<HubEvent> events)
    {
        var given = events.Single(e => e.Type == "floor-given");
        var limit = TimeSpan.FromSeconds(given.Data!.Value.GetProperty("limitSeconds").GetInt32());
        var warned = events.Single(e => e.Type == "turn-warned").At - (given.At + limit - TimeSpan.FromSeconds(30));
        var overtime = events.Single(e => e.Type == "turn-overtime").At - (given.At + limit);
        Assert.InRange(warned, TimeSpan.Zero, Late);
        Assert.InRange(overtime, TimeSpan.Zero, Late);
        return Max(warned, overtime);
    }

    private static TimeSpan AssertGraceOnTime(IReadOnlyList<HubEvent> events, IReadOnlyList<string> dropped)
    {
        var worst = TimeSpan.Zero;
        foreach (var participantId in dropped)
        {
            var gone = events.Single(e => e.Type == "participant-disconnected" && ParticipantOf(e) == participantId);
            var lowered = events.Single(e => e.Type == "hand-lowered" && ParticipantOf(e) == participantId);
            Assert.Equal("grace-expired", Reason(lowered));
            var late = lowered.At - (gone.At + Grace);
            Assert.InRange(late, TimeSpan.Zero, Late);
            worst = Max(worst, late);
        }
        return worst;
    }

    private static string? Reason(HubEvent e) => e.Data!.Value.TryGetProperty("reason", out var r) ? r.GetString() : null;

    private static string? ParticipantOf(HubEvent e) => e.Data!.Value.GetProperty("participantId").GetString();

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    /// <summary>One consultation: a moderator, an observer, a speaker and four people who drop off.</summary>
    private sealed class DeadlineRoom : IAsyncDisposable
    {
        private readonly List<IAsyncDisposable> _open = [];
        private readonly CancellationTokenSource _stopPinging = new();
        private RealTimeHub _hub = null!;
        private HubClient _closesPolitely = null!;
        private RawHubSocket _losesItsSocket = null!;
        private ParticipantToken _abortedByTheServer = null!;

        public ConsultationKeys Keys { get; private set; } = null!;

        public string Id => Keys.Id;

        public HubClient Moderator { get; private set; } = null!;

        public HubClient Observer { get; private set; } = null!;

        public List<string> Dropped { get; } = [];

        public static async Task<DeadlineRoom> OpenAsync(RealTimeHub hub)
        {
            var room = new DeadlineRoom { _hub = hub, Keys = await hub.CreateConsultationAsync() };
            room.Moderator = await room.WatchAsync(room.Keys.ModeratorKey);
            room.Observer = await room.WatchAsync(null);
            await room.Moderator.SendAsync("Start", room.Id);
            var tokens = new List<ParticipantToken>();
            for (var i = 1; i <= 5; i++)
            {
                tokens.Add(await hub.Api.JoinAsync(room.Id, room.Keys.JoinCode, $"Delegate {i}", (StakeholderGroup)(i % 6), null));
            }
            room._closesPolitely = await room.WatchAsync(tokens[0].Token);
            room._losesItsSocket = await room.RawWatchAsync(tokens[1].Token);
            var aborted = await room.WatchAsync(tokens[2].Token);
            room._abortedByTheServer = tokens[2];
            var silent = await room.SilentWatchAsync(tokens[3].Token);
            await room.WatchAsync(tokens[4].Token);
            await room._closesPolitely.SendAsync("RaiseHand", room.Id, "speak");
            await room._losesItsSocket.InvokeAsync("RaiseHand", $"[\"{room.Id}\",\"speak\"]");
            await aborted.SendAsync("RaiseHand", room.Id, "reply");
            await silent.InvokeCoreAsync<HubReply>("RaiseHand", [room.Id, "point-of-order"]);
            room.Dropped.AddRange(tokens.Take(4).Select(t => t.ParticipantId));
            await room.Moderator.SendAsync("GiveFloor", room.Id, tokens[4].ParticipantId);
            return room;
        }

        /// <summary>The silent one says nothing more and is dropped by the hub's client timeout.</summary>
        public async Task DropEveryoneButTheSpeakerAsync()
        {
            await _closesPolitely.DisposeAsync();
            await _stopPinging.CancelAsync();
            _losesItsSocket.Abort();
            var tracker = _hub.Services.GetRequiredService<PresenceTracker>();
            foreach (var connection in tracker.Connections(Id, _abortedByTheServer.ParticipantId))
            {
                connection.Abort();
            }
        }

        public async ValueTask DisposeAsync()
        {
            await _stopPinging.CancelAsync();
            foreach (var open in _open)
            {
                await open.DisposeAsync();
            }
            _stopPinging.Dispose();
        }

        private async Task<HubClient> WatchAsync(string? credential)
        {
            var client = await HubClient.ConnectAsync(_hub.Address, credential);
            _open.Add(client);
            // Pings every second keep it well inside the hub's short client timeout (the next send
            // re-reads the interval, and Watch is a send).
            client.Connection.KeepAliveInterval = TimeSpan.FromSeconds(1);
            await client.WatchAsync(Id);
            return client;
        }

        private async Task<RawHubSocket> RawWatchAsync(string credential)
        {
            var raw = await RawHubSocket.ConnectAsync(_hub.Address, credential);
            _open.Add(raw);
            var watched = await raw.InvokeAsync("Watch", $"[\"{Id}\",null]");
            Assert.Null(watched.Error);
            _ = PingAsync(raw, _stopPinging.Token);
            return raw;
        }

        /// <summary>A client that never pings: after its last message, the hub hears nothing more from it.</summary>
        private async Task<HubConnection> SilentWatchAsync(string credential)
        {
            var connection = HubClient.CreateConnection(_hub.Address, credential);
            connection.KeepAliveInterval = TimeSpan.FromHours(1);
            connection.ServerTimeout = TimeSpan.FromHours(2);
            _open.Add(connection);
            await connection.StartAsync();
            await connection.InvokeCoreAsync<WatchReply>("Watch", [Id, null]);
            return connection;
        }

        private static async Task PingAsync(RawHubSocket raw, CancellationToken stop)
        {
            try
            {
                while (!stop.IsCancellationRequested)
                {
                    await raw.SendTextAsync("{\"type\":6}" + RawHubSocket.RecordSeparator);
                    await Task.Delay(TimeSpan.FromSeconds(1), stop);
                }
            }
            catch (Exception ex) when (ex is OperationCanceledException or System.Net.WebSockets.WebSocketException or ObjectDisposedException)
            {
                // Stopped on purpose, or the socket was aborted.
            }
        }
    }
}
