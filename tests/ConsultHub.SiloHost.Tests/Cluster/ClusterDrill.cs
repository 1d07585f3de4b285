using System.Collections.Concurrent;
using System.Diagnostics;
using ConsultHub.Domain.Model;
using ConsultHub.SiloHost.Tests.Fixtures;
using ConsultHub.Testing.Client;
using Microsoft.AspNetCore.SignalR;

namespace ConsultHub.SiloHost.Tests.Cluster;

/// <summary>
/// A live consultation whose people are spread over the silos of a cluster, each on its own
/// WebSocket: participants raise and lower hands and post points, the moderator captures points.
/// A participant whose silo dies reconnects to the next silo with the same token, as the web
/// client does with its list of addresses, and carries on. Every outcome goes to
/// <see cref="Ledger"/>, and every attempt with its timing to <see cref="Attempts"/>.
/// </summary>
public sealed class ClusterDrill : IAsyncDisposable
{
    private static readonly StakeholderGroup[] Groups =
        [StakeholderGroup.CivilSociety, StakeholderGroup.Academia, StakeholderGroup.PrivateSector, StakeholderGroup.MemberState];

    private static readonly TimeSpan ReconnectPatience = TimeSpan.FromSeconds(20);

    private readonly ConcurrentQueue<HubClient> _clients = new();
    private readonly ConcurrentQueue<CommandAttempt> _attempts = new();
    private readonly List<Member> _members = [];
    private readonly Func<IReadOnlyList<Uri?>> _servers;
    private Member _moderator = null!;
    private int _captured;

    private ClusterDrill(ConsultationKeys keys, Func<IReadOnlyList<Uri?>> servers)
    {
        Keys = keys;
        _servers = servers;
    }

    /// <summary>The consultation's id and secrets.</summary>
    public ConsultationKeys Keys { get; }

    /// <summary>The consultation id.</summary>
    public string Id => Keys.Id;

    /// <summary>What every command came to.</summary>
    public CommandLedger Ledger { get; } = new();

    /// <summary>Every command sent so far with its outcome and timing.</summary>
    public IReadOnlyList<CommandAttempt> Attempts => [.. _attempts];

    /// <summary>How many participants moved to another silo after losing theirs.</summary>
    public int Reconnected => _members.Sum(m => m.Reconnects);

    /// <summary>
    /// Creates a consultation of <paramref name="region"/> through <paramref name="createOn"/>; joins
    /// <paramref name="participants"/> people and connects them round-robin over the silos
    /// <paramref name="servers"/> gives (read again on every reconnect), the moderator on
    /// <paramref name="moderatorOn"/>; starts the consultation.
    /// </summary>
    public static async Task<ClusterDrill> PrepareAsync(Func<IReadOnlyList<Uri?>> servers, int createOn, int moderatorOn, string region, int participants)
    {
        ArgumentNullException.ThrowIfNull(servers);
        var silos = servers().Select(s => s ?? throw new InvalidOperationException("Every silo must run to prepare a drill.")).ToList();
        using var http = new HttpClient { BaseAddress = silos[createOn], Timeout = TimeSpan.FromSeconds(30) };
        var api = new ConsultationApi(http);
        var keys = await api.CreateAsync(Drill.OrganizerKey, new ConsultationSettings
        {
            Title = "Cross-regional consultation on data sharing", Region = region, TimeZone = "Africa/Nairobi", Themes = ["data", "capacity"],
        });
        var drill = new ClusterDrill(keys, servers);
        drill._moderator = new Member("moderator", keys.ModeratorKey, moderatorOn, await drill.ConnectAsync(silos[moderatorOn], keys.ModeratorKey));
        for (var i = 0; i < participants; i++)
        {
            var name = $"Participant {i + 1:00}";
            var token = await api.JoinAsync(keys.Id, keys.JoinCode, name, Groups[i % Groups.Length]);
            var silo = i % silos.Count;
            drill._members.Add(new Member(name, token.Token, silo, await drill.ConnectAsync(silos[silo], token.Token)));
        }
        await drill._moderator.Client.SendAsync("Start", keys.Id);
        return drill;
    }

    /// <summary>The silo each participant is connected to now, by index.</summary>
    public IReadOnlyList<int> SiloOfEachParticipant() => [.. _members.Select(m => m.Silo)];

    /// <summary>Sends commands from every participant and the moderator until <paramref name="stop"/>.</summary>
    public Task RunAsync(CancellationToken stop) =>
        Task.WhenAll(_members.Select((m, i) => Task.Run(() => ParticipateAsync(m, i, stop)))
            .Append(Task.Run(() => CaptureAsync(stop))));

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await Task.WhenAll(_clients.Select(c => c.DisposeAsync().AsTask()));
    }

    private async Task<string> SendAsync(Member member, string method, object?[] args, string? text = null)
    {
        var sentAt = Stopwatch.GetTimestamp();
        string outcome;
        try
        {
            var reply = await member.Client.SendAsync(method, args);
            Ledger.Acknowledge(new Acknowledged(member.Name, method, reply.Version, text is null ? null : reply.Id, text, sentAt));
            outcome = "ok";
        }
        catch (HubException refusal)
        {
            outcome = Ledger.Refuse(refusal);
        }
        catch (Exception)
        {
            // The connection closed under the call (or was already closed): its outcome is unknown.
            Ledger.CutOff();
            outcome = "cut";
        }
        _attempts.Enqueue(new CommandAttempt(outcome, sentAt, Stopwatch.GetTimestamp()));
        return outcome;
    }

    private async Task ParticipateAsync(Member member, int index, CancellationToken stop)
    {
        var random = new Random(index);
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            string outcome;
            if (i % 4 == 3 && member.Posted < Drill.PointsPerParticipant)
            {
                var text = $"{member.Name}, point {++member.Posted}: share data across borders only with consent.";
                outcome = await SendAsync(member, "PostPoint", [Id, "recommendation", text, null], text);
            }
            else
            {
                outcome = member.Raised
                    ? await SendAsync(member, "LowerHand", [Id])
                    : await SendAsync(member, "RaiseHand", [Id, "speak"]);
                // A conflict means the hand already was where we wanted it (a reply lost with a connection).
                if (outcome is "ok" or "conflict")
                {
                    member.Raised = !member.Raised;
                }
            }
            if (outcome == "cut" && !await ReconnectAsync(member, stop))
            {
                return;
            }
            if (!await PauseAsync(random.Next(40, 120), stop))
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
            var outcome = await SendAsync(_moderator, "CapturePoint", [Id, "observation", text, null, null], text);
            if (outcome == "cut" && !await ReconnectAsync(_moderator, stop))
            {
                return;
            }
            if (!await PauseAsync(random.Next(80, 160), stop))
            {
                return;
            }
        }
    }

    /// <summary>Tries the next silos in turn (a dead one refuses at once) until one takes the connection.</summary>
    private async Task<bool> ReconnectAsync(Member member, CancellationToken stop)
    {
        var deadline = DateTime.UtcNow + ReconnectPatience;
        while (!stop.IsCancellationRequested && DateTime.UtcNow < deadline)
        {
            var silos = _servers();
            member.Silo = (member.Silo + 1) % silos.Count;
            if (silos[member.Silo] is not { } silo)
            {
                continue;
            }
            try
            {
                member.Client = await ConnectAsync(silo, member.Credential);
                member.Reconnects++;
                return true;
            }
            catch (Exception ex) when (ex is HttpRequestException or InvalidOperationException or IOException)
            {
                await PauseAsync(100, stop);
            }
        }
        return false;
    }

    private async Task<HubClient> ConnectAsync(Uri server, string credential)
    {
        var client = await HubClient.ConnectAsync(server, credential);
        _clients.Enqueue(client);
        return client;
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

    private sealed class Member(string name, string credential, int silo, HubClient client)
    {
        public string Name { get; } = name;

        public string Credential { get; } = credential;

        public int Silo { get; set; } = silo;

        public HubClient Client { get; set; } = client;

        public int Reconnects { get; set; }

        public int Posted { get; set; }

        public bool Raised { get; set; }
    }
}
