using System.Diagnostics;
using ConsultHub.Domain.Model;
using ConsultHub.Testing.Client;
using Microsoft.AspNetCore.SignalR;

namespace ConsultHub.SiloHost.Tests.Fixtures;

/// <summary>
/// A live consultation on a host with a moderator and participants, each on its own WebSocket,
/// sending what a real session sends: hands raised and lowered, points posted within the five a
/// minute rule, points captured by the moderator. Every outcome goes to <see cref="Ledger"/>.
/// </summary>
public sealed class Drill : IAsyncDisposable
{
    /// <summary>The organizer key every host of these tests is started with.</summary>
    public const string OrganizerKey = "silo-host-fault-tests-organizer-key-0123456789";

    /// <summary>Points one participant posts at most in a drill: the domain allows five a minute.</summary>
    public const int PointsPerParticipant = 5;

    private static readonly StakeholderGroup[] Groups =
        [StakeholderGroup.CivilSociety, StakeholderGroup.Academia, StakeholderGroup.PrivateSector, StakeholderGroup.MemberState];

    private readonly List<HubClient> _clients = [];
    private readonly List<Member> _members = [];
    private HubClient _moderator = null!;
    private int _captured;

    private Drill(ConsultationKeys keys) => Keys = keys;

    /// <summary>The consultation's id and secrets.</summary>
    public ConsultationKeys Keys { get; }

    /// <summary>The consultation id.</summary>
    public string Id => Keys.Id;

    /// <summary>The version once the consultation was created, joined and started, before any drill command.</summary>
    public long PreparedVersion { get; private set; }

    /// <summary>What every command came to.</summary>
    public CommandLedger Ledger { get; } = new();

    /// <summary>How many WebSocket connections send commands (participants plus the moderator).</summary>
    public int Senders => _members.Count + 1;

    /// <summary>
    /// Creates and starts a consultation on <paramref name="server"/>, joins
    /// <paramref name="participants"/> people over HTTP and connects each of them and the moderator.
    /// </summary>
    public static async Task<Drill> PrepareAsync(Uri server, int participants)
    {
        using var http = new HttpClient { BaseAddress = server, Timeout = TimeSpan.FromSeconds(30) };
        var api = new ConsultationApi(http);
        var keys = await api.CreateAsync(OrganizerKey, new ConsultationSettings
        {
            Title = "Regional consultation on the draft convention", Region = "Africa", TimeZone = "Africa/Nairobi", Themes = ["data", "capacity"],
        });
        var drill = new Drill(keys);
        var joined = new List<(string Name, ParticipantToken Token)>();
        for (var i = 0; i < participants; i++)
        {
            var name = $"Participant {i + 1:00}";
            joined.Add((name, await api.JoinAsync(keys.Id, keys.JoinCode, name, Groups[i % Groups.Length])));
        }
        drill._moderator = await drill.ConnectAsync(server, keys.ModeratorKey);
        var connected = await Task.WhenAll(joined.Select(async j => new Member(j.Name, j.Token.ParticipantId, await drill.ConnectAsync(server, j.Token.Token))));
        drill._members.AddRange(connected);
        drill.PreparedVersion = (await drill._moderator.SendAsync("Start", keys.Id)).Version;
        return drill;
    }

    /// <summary>Sends commands from every participant and the moderator until <paramref name="stop"/> or until their connections go away.</summary>
    public Task RunAsync(CancellationToken stop) =>
        Task.WhenAll(_members.Select((m, i) => Task.Run(() => ParticipateAsync(m, i, points: true, stop)))
            .Append(Task.Run(() => CaptureAsync(stop))));

    /// <summary>
    /// Participants only raise and lower hands until <paramref name="stop"/>: every event carries the
    /// whole queue, so the traffic is heavy on the wire while the consultation does not grow.
    /// </summary>
    public Task RunHandsAsync(CancellationToken stop) =>
        Task.WhenAll(_members.Select((m, i) => Task.Run(() => ParticipateAsync(m, i, points: false, stop))));

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await Task.WhenAll(_clients.Select(c => c.DisposeAsync().AsTask()));
    }

    /// <summary>Sends one command and records its outcome: "ok", a refusal code, or "cut".</summary>
    private async Task<string> SendAsync(string sender, HubClient client, string method, object?[] args, string? text = null)
    {
        var sentAt = Stopwatch.GetTimestamp();
        try
        {
            var reply = await client.SendAsync(method, args);
            Ledger.Acknowledge(new Acknowledged(sender, method, reply.Version, text is null ? null : reply.Id, text, sentAt));
            return "ok";
        }
        catch (HubException refusal)
        {
            return Ledger.Refuse(refusal);
        }
        catch (Exception)
        {
            // The connection closed under the call (or was already closed): its outcome is unknown.
            Ledger.CutOff();
            return "cut";
        }
    }

    private async Task<HubClient> ConnectAsync(Uri server, string credential)
    {
        var client = await HubClient.ConnectAsync(server, credential);
        lock (_clients)
        {
            _clients.Add(client);
        }
        return client;
    }

    private async Task ParticipateAsync(Member member, int index, bool points, CancellationToken stop)
    {
        var random = new Random(index);
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            string outcome;
            if (points && i % 3 == 2 && member.Posted < PointsPerParticipant)
            {
                var text = $"{member.Name}, point {++member.Posted}: share data across borders only with consent.";
                outcome = await SendAsync(member.Name, member.Client, "PostPoint", [Id, "recommendation", text, null], text);
            }
            else
            {
                outcome = member.Raised
                    ? await SendAsync(member.Name, member.Client, "LowerHand", [Id])
                    : await SendAsync(member.Name, member.Client, "RaiseHand", [Id, "speak"]);
                // A conflict means the hand already was where we wanted it (a reply lost with a connection).
                if (outcome is "ok" or "conflict")
                {
                    member.Raised = !member.Raised;
                }
            }
            if (outcome == "cut" || !await PauseAsync(random.Next(20, 80), stop))
            {
                return;
            }
        }
    }

    private async Task CaptureAsync(CancellationToken stop)
    {
        var random = new Random(-1);
        while (!stop.IsCancellationRequested)
        {
            var text = $"Captured from the floor, number {Interlocked.Increment(ref _captured)}: capacity building needs funding.";
            var outcome = await SendAsync("moderator", _moderator, "CapturePoint", [Id, "observation", text, null, null], text);
            if (outcome == "cut" || !await PauseAsync(random.Next(40, 80), stop))
            {
                return;
            }
        }
    }

    private static async Task<bool> PauseAsync(int milliseconds, CancellationToken stop)
    {
        try
        {
            await Task.Delay(milliseconds, stop);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private sealed class Member(string name, string participantId, HubClient client)
    {
        public string Name { get; } = name;

        public string ParticipantId { get; } = participantId;

        public HubClient Client { get; } = client;

        /// <summary>Kept across runs, so a drill never breaks the five points a minute rule.</summary>
        public int Posted { get; set; }

        public bool Raised { get; set; }
    }
}
