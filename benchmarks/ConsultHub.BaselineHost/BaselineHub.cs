using Microsoft.AspNetCore.SignalR;

namespace ConsultHub.BaselineHost;

/// <summary>
/// The hub's method names and argument lists, with none of its work: every command broadcasts one
/// envelope per audience and replies with the group's new version. The audience is the
/// <c>access_token</c> ("moderator", "participant" or "observer"), so no setup is needed.
/// </summary>
public sealed class BaselineHub(Broadcaster broadcaster) : Hub
{
    /// <summary>Joins the audience group of a consultation; replies with its current version.</summary>
    public async Task<object> Watch(string id, long? sinceVersion)
    {
        var audience = Context.GetHttpContext()?.Request.Query["access_token"].ToString() switch
        {
            "moderator" => "moderator",
            "participant" => "participant",
            _ => "observer",
        };
        await Groups.AddToGroupAsync(Context.ConnectionId, Broadcaster.Group(id, audience));
        return new { role = audience, audience, version = broadcaster.Version(id) };
    }

    /// <summary>Queue for the floor.</summary>
    public Task<Reply> RaiseHand(string id, string intent) => broadcaster.BroadcastAsync(id, "hand-raised", null);

    /// <summary>Leave the queue.</summary>
    public Task<Reply> LowerHand(string id) => broadcaster.BroadcastAsync(id, "hand-lowered", null);

    /// <summary>Make a point.</summary>
    public Task<Reply> PostPoint(string id, string kind, string text, string? theme) => broadcaster.BroadcastAsync(id, "point-posted", "P");

    /// <summary>Toggle an upvote.</summary>
    public Task<Reply> Upvote(string id, string pointId) => broadcaster.BroadcastAsync(id, "point-upvoted", null);

    /// <summary>Vote in a poll.</summary>
    public Task<Reply> Vote(string id, string pollId, int option) => broadcaster.BroadcastAsync(id, "poll-vote-cast", null);

    /// <summary>Open the floor.</summary>
    public Task<Reply> Start(string id) => broadcaster.BroadcastAsync(id, "consultation-started", null);

    /// <summary>Give the floor.</summary>
    public Task<Reply> GiveFloor(string id, string? participantId) => broadcaster.BroadcastAsync(id, "floor-given", "T");

    /// <summary>End the turn.</summary>
    public Task<Reply> EndTurn(string id) => broadcaster.BroadcastAsync(id, "turn-ended", null);

    /// <summary>Open a poll.</summary>
    public Task<Reply> OpenPoll(string id, string question, string[] options, bool resultsHiddenUntilClose) => broadcaster.BroadcastAsync(id, "poll-opened", "Q");
}
