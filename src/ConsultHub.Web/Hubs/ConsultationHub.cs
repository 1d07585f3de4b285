using ConsultHub.Domain.Commands;
using ConsultHub.Domain.Model;
using ConsultHub.Domain.Views;
using ConsultHub.Grains.Consultations;
using ConsultHub.Grains.Wall;
using ConsultHub.Web.Wall;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace ConsultHub.Web.Hubs;

/// <summary>
/// The SignalR hub at <c>/hubs/consultation</c>. It only parses arguments, names the caller's
/// credential and forwards to the consultation grain, which decides; no rules live here.
/// </summary>
public sealed class ConsultationHub(
    IGrainFactory grains, PresenceTracker presence, WatcherRegistry watchers, ConsultationSubscriptions subscriptions, CommandBatcher commands, IOptions<HubLimitsOptions> limits) : Hub<IConsultationClient>
{
    private const string WatchesKey = "watches";

    private string? Credential => ConnectionCredential.Of(Context.GetHttpContext());

    /// <summary>Returns the caller's view (or the events after <paramref name="sinceVersion"/>) and subscribes the connection.</summary>
    public async Task<WatchResult> Watch(string id, long? sinceVersion)
    {
        var grain = Grain(id);
        if (sinceVersion < 0)
        {
            throw WireArguments.Invalid("sinceVersion must be 0 or more, or null for the whole view.");
        }
        var caller = await grain.AuthenticateAsync(Credential);
        if (caller.ParticipantId is { } member && !Watched().Contains(id) && presence.Count(id, member) >= limits.Value.ConnectionsPerParticipant)
        {
            throw new HubException($"rate-limited: at most {limits.Value.ConnectionsPerParticipant} open connections per participant; close another tab first.");
        }
        // Subscribe before reading (the connection here, this silo at the grain), so no event falls
        // between the read and the subscription; browsers drop what the reply already covers by version.
        var audience = ViewProjector.AudienceOf(caller.Role);
        watchers.Watch(id, audience, Context);
        if (caller.Role is not (Role.Anonymous or Role.System))
        {
            await subscriptions.EnsureAsync(id);
        }
        var result = await grain.WatchAsync(Credential, sinceVersion);
        if (result.Code is not null)
        {
            watchers.Unwatch(id, audience, Context.ConnectionId);
            throw new HubException($"{result.Code}: {result.Message}");
        }
        if (!Watched().Watching(id, caller.ParticipantId))
        {
            // The connection went away while Watch ran: no presence for a socket that is gone.
            watchers.Unwatch(id, audience, Context.ConnectionId);
            throw new HubException("unavailable: the connection closed while watching.");
        }
        if (caller.ParticipantId is { } participantId && presence.Add(id, participantId, Context) is { } notice)
        {
            await grain.NoticePresenceAsync(Credential, notice);
        }
        return result;
    }

    /// <summary>Returns the delegates' wall (every live public consultation's headline) and subscribes the connection to <c>wall</c> updates.</summary>
    public async Task<WallSnapshot> WatchWall()
    {
        // Subscribe before reading, as Watch does; entries carry versions, so browsers keep the newest.
        await Groups.AddToGroupAsync(Context.ConnectionId, WallGroup.Name);
        return await grains.GetGrain<IWallGrain>(IWallGrain.Key).GetSnapshotAsync();
    }

    /// <summary>
    /// However the connection went (close frame, lost socket, server-side abort, closed tab), each
    /// participant it was the last connection of is reported disconnected, which starts their grace.
    /// </summary>
    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        foreach (var (id, participantId) in Watched().Gone())
        {
            if (participantId is not null && presence.Remove(id, participantId, Context.ConnectionId) is { } notice)
            {
                await Grain(id).NoticePresenceAsync(Credential, notice);
            }
        }
        watchers.Forget(Context.ConnectionId);
        await base.OnDisconnectedAsync(exception);
    }

    /// <summary>Leave on purpose: the hand is lowered at once.</summary>
    public Task<CommandReply> Leave(string id) => Run(id, new Leave());

    /// <summary>Queue for the floor with an intent: speak, reply or point-of-order.</summary>
    public Task<CommandReply> RaiseHand(string id, string intent) => Run(id, new RaiseHand(WireArguments.Enum<HandIntent>(intent, "intent")));

    /// <summary>Leave the queue.</summary>
    public Task<CommandReply> LowerHand(string id) => Run(id, new LowerHand());

    /// <summary>Make a point.</summary>
    public Task<CommandReply> PostPoint(string id, string kind, string text, string? theme) =>
        Run(id, new PostPoint(WireArguments.Enum<PointKind>(kind, "kind"), text, theme));

    /// <summary>Toggle an upvote.</summary>
    public Task<CommandReply> Upvote(string id, string pointId) => Run(id, new Upvote(WireArguments.Id(pointId, "pointId")));

    /// <summary>Choose a poll option (0-based).</summary>
    public Task<CommandReply> Vote(string id, string pollId, int option) => Run(id, new Vote(WireArguments.Id(pollId, "pollId"), option));

    /// <summary>Moderator: open the floor.</summary>
    public Task<CommandReply> Start(string id) => Run(id, new StartConsultation());

    /// <summary>Moderator: close for good.</summary>
    public Task<CommandReply> Close(string id) => Run(id, new CloseConsultation());

    /// <summary>Moderator: give the floor to the head of the queue or a named participant.</summary>
    public Task<CommandReply> GiveFloor(string id, string? participantId) => Run(id, new GiveFloor(WireArguments.OptionalId(participantId, "participantId")));

    /// <summary>Moderator or speaker: end the turn.</summary>
    public Task<CommandReply> EndTurn(string id) => Run(id, new EndTurn());

    /// <summary>Moderator: empty the queue.</summary>
    public Task<CommandReply> LowerAllHands(string id, string? reason) => Run(id, new LowerAllHands(reason));

    /// <summary>Moderator: remove one hand.</summary>
    public Task<CommandReply> RemoveHand(string id, string participantId, string? reason) =>
        Run(id, new RemoveHand(WireArguments.Id(participantId, "participantId"), reason));

    /// <summary>Moderator: move a hand to a 1-based position.</summary>
    public Task<CommandReply> MoveHand(string id, string participantId, int position) =>
        Run(id, new MoveHand(WireArguments.Id(participantId, "participantId"), position));

    /// <summary>Moderator: approve a pending point.</summary>
    public Task<CommandReply> ApprovePoint(string id, string pointId) => Run(id, new ApprovePoint(WireArguments.Id(pointId, "pointId")));

    /// <summary>Moderator: hide a point.</summary>
    public Task<CommandReply> HidePoint(string id, string pointId, string? reason) => Run(id, new HidePoint(WireArguments.Id(pointId, "pointId"), reason));

    /// <summary>Moderator: pin or unpin a point.</summary>
    public Task<CommandReply> PinPoint(string id, string pointId, bool pinned) => Run(id, new PinPoint(WireArguments.Id(pointId, "pointId"), pinned));

    /// <summary>Moderator: file a point under a theme (null for none).</summary>
    public Task<CommandReply> SetPointTheme(string id, string pointId, string? theme) => Run(id, new SetPointTheme(WireArguments.Id(pointId, "pointId"), theme));

    /// <summary>Moderator: merge a duplicate into another point.</summary>
    public Task<CommandReply> MergePoints(string id, string duplicateId, string intoId) =>
        Run(id, new MergePoints(WireArguments.Id(duplicateId, "duplicateId"), WireArguments.Id(intoId, "intoId")));

    /// <summary>Moderator: capture a point for the floor or a named participant.</summary>
    public Task<CommandReply> CapturePoint(string id, string kind, string text, string? theme, string? attributedTo) =>
        Run(id, new CapturePoint(WireArguments.Enum<PointKind>(kind, "kind"), text, theme, WireArguments.OptionalId(attributedTo, "attributedTo")));

    /// <summary>Moderator: open a poll.</summary>
    public Task<CommandReply> OpenPoll(string id, string question, string[] options, bool resultsHiddenUntilClose) =>
        Run(id, new OpenPoll(question, options ?? [], resultsHiddenUntilClose));

    /// <summary>Moderator: close a poll.</summary>
    public Task<CommandReply> ClosePoll(string id, string pollId) => Run(id, new ClosePoll(WireArguments.Id(pollId, "pollId")));

    /// <summary>Moderator: remove a participant.</summary>
    public Task<CommandReply> RemoveParticipant(string id, string participantId, string? reason) =>
        Run(id, new RemoveParticipant(WireArguments.Id(participantId, "participantId"), reason));

    private async Task<CommandReply> Run(string id, ConsultationCommand command)
    {
        var outcome = await commands.ExecuteAsync(WireArguments.Id(id, "id"), Credential, command);
        return outcome.Accepted ? new CommandReply(outcome.Version, outcome.Id) : throw new HubException($"{outcome.Code}: {outcome.Message}");
    }

    private IConsultationGrain Grain(string id) => grains.GetGrain<IConsultationGrain>(WireArguments.Id(id, "id"));

    private ConnectionWatches Watched()
    {
        if (Context.Items.TryGetValue(WatchesKey, out var value) && value is ConnectionWatches watches)
        {
            return watches;
        }
        var created = new ConnectionWatches();
        Context.Items[WatchesKey] = created;
        return created;
    }
}
