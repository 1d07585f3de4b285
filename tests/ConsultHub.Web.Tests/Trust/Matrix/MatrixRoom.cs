using ConsultHub.Domain.Model;
using ConsultHub.Testing.Client;
using ConsultHub.Web.Tests.Fixtures;
using ConsultHub.Web.Tests.Trust.Fixtures;

namespace ConsultHub.Web.Tests.Trust.Matrix;

/// <summary>
/// One consultation arranged for a row of the matrix: started, Amina (the participant) with a raised hand
/// and point P1, Bao with point P2 and the floor (or Amina has it), poll Q1 open, Rui removed; optionally
/// private or closed. Holds one connection per caller, opened on first use.
/// </summary>
public sealed class MatrixRoom : IAsyncDisposable
{
    private readonly ClientPool _clients;
    private readonly Dictionary<TrustCaller, HubClient> _connections = [];
    private readonly Dictionary<TrustCaller, string?> _credentials;

    private MatrixRoom(TrustHost host, ConsultationKeys keys, ParticipantToken speaker, ParticipantToken voter, ParticipantToken removed, ConsultationKeys other, ParticipantToken otherParticipant)
    {
        Host = host;
        Keys = keys;
        Speaker = speaker;
        Voter = voter;
        _clients = new ClientPool(host.Address);
        _credentials = new()
        {
            [TrustCaller.Anonymous] = null,
            [TrustCaller.Observer] = keys.ObserverKey,
            [TrustCaller.Participant] = speaker.Token,
            [TrustCaller.OtherParticipant] = otherParticipant.Token,
            [TrustCaller.Removed] = removed.Token,
            [TrustCaller.Moderator] = keys.ModeratorKey,
            [TrustCaller.OtherModerator] = other.ModeratorKey,
            [TrustCaller.Organizer] = TrustHost.OrganizerKey,
        };
    }

    /// <summary>The host.</summary>
    public TrustHost Host { get; }

    /// <summary>The consultation's id and secrets.</summary>
    public ConsultationKeys Keys { get; }

    /// <summary>The consultation id.</summary>
    public string Id => Keys.Id;

    /// <summary>Amina, the participant column.</summary>
    public ParticipantToken Speaker { get; }

    /// <summary>Bao, who has the floor unless Amina does.</summary>
    public ParticipantToken Voter { get; }

    /// <summary>Arranges a room; <paramref name="other"/> and <paramref name="otherParticipant"/> belong to another consultation.</summary>
    public static async Task<MatrixRoom> ArrangeAsync(TrustHost host, ConsultationKeys other, ParticipantToken otherParticipant, bool isPrivate = false, bool speakerHasFloor = false, bool closed = false)
    {
        var keys = await host.CreateConsultationAsync(s => s with { SpeakingLimitSeconds = 3600, Visibility = isPrivate ? Visibility.Private : Visibility.Public });
        var speaker = await host.Api.JoinAsync(keys.Id, keys.JoinCode, "Amina", StakeholderGroup.CivilSociety, "KE");
        var voter = await host.Api.JoinAsync(keys.Id, keys.JoinCode, "Bao", StakeholderGroup.Academia, "VN");
        var removed = await host.Api.JoinAsync(keys.Id, keys.JoinCode, "Rui", StakeholderGroup.PrivateSector, "BR");
        var room = new MatrixRoom(host, keys, speaker, voter, removed, other, otherParticipant);
        var moderator = await room._clients.ConnectAsync(keys.ModeratorKey);
        var amina = await room._clients.ConnectAsync(speaker.Token);
        var bao = await room._clients.ConnectAsync(voter.Token);
        await moderator.SendAsync("Start", keys.Id);
        await amina.SendAsync("RaiseHand", keys.Id, "speak");
        await amina.SendAsync("PostPoint", keys.Id, "recommendation", "Share data under common rules.", "data");
        await bao.SendAsync("PostPoint", keys.Id, "observation", "Universities lack the means.", null);
        await moderator.SendAsync("OpenPoll", keys.Id, "Support the draft?", new[] { "yes", "no" }, false);
        await moderator.SendAsync("GiveFloor", keys.Id, speakerHasFloor ? speaker.ParticipantId : voter.ParticipantId);
        await moderator.SendAsync("RemoveParticipant", keys.Id, removed.ParticipantId, null);
        if (closed)
        {
            await moderator.SendAsync("Close", keys.Id);
        }
        return room;
    }

    /// <summary>The caller's key or token (null for anonymous).</summary>
    public string? CredentialOf(TrustCaller caller) => _credentials[caller];

    /// <summary>The caller's hub connection.</summary>
    public async Task<HubClient> ConnectionAsync(TrustCaller caller)
    {
        if (!_connections.TryGetValue(caller, out var client))
        {
            client = await _clients.ConnectAsync(_credentials[caller]);
            _connections[caller] = client;
        }
        return client;
    }

    /// <summary>The consultation's version, as its moderator sees it.</summary>
    public async Task<long> VersionAsync() => (await Host.Api.GetViewAsync(Id, Keys.ModeratorKey)).GetProperty("version").GetInt64();

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => _clients.DisposeAsync();
}
