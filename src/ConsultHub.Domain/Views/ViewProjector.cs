using ConsultHub.Domain.Model;

namespace ConsultHub.Domain.Views;

/// <summary>Builds the view a caller may see.</summary>
public static class ViewProjector
{
    /// <summary>The audience a role belongs to.</summary>
    public static Audience AudienceOf(Role role) => role switch
    {
        Role.Moderator or Role.Organizer or Role.System => Audience.Moderator,
        Role.Participant => Audience.Participant,
        _ => Audience.Observer,
    };

    /// <summary>May this audience see the point?</summary>
    public static bool CanSee(Audience audience, Point point, string? participantId) => audience switch
    {
        Audience.Moderator => true,
        Audience.Participant => point.IsVisible || (point.Status == PointStatus.Pending && point.AuthorId is not null && point.AuthorId == participantId),
        _ => point.IsVisible,
    };

    /// <summary>The caller's view of the state.</summary>
    public static ConsultationView For(ConsultationState state, Caller caller)
    {
        var audience = AudienceOf(caller.Role);
        var me = caller.ParticipantId;
        var moderator = audience == Audience.Moderator;
        return new ConsultationView
        {
            Id = state.Id,
            Version = state.Version,
            Role = caller.Role,
            ParticipantId = me,
            Status = state.Status,
            Settings = state.Settings,
            CreatedAt = state.CreatedAt,
            StartedAt = state.StartedAt,
            ClosedAt = state.ClosedAt,
            JoinCode = moderator ? state.JoinCode : null,
            Participants = [.. state.Participants.Values.Where(p => moderator || !p.Removed).Select(ParticipantView.Of)],
            Queue = Queue(state),
            Floor = state.Floor is { } floor ? FloorView.Of(state, floor) : null,
            Points = [.. PointView.Ranked(state.Points.Values.Where(p => CanSee(audience, p, me))).Select(p => PointView.Of(state, p))],
            Polls = [.. state.Polls.Values.OrderBy(p => p.OpenedAt).Select(p => PollView.Of(p, audience))],
            Tallies = state.Tallies,
            MyUpvotes = me is null ? [] : [.. state.Points.Values.Where(p => p.Voters.Contains(me)).Select(p => p.Id)],
            MyVotes = me is null ? new Dictionary<string, int>() : state.Polls.Values.Where(p => p.Votes.ContainsKey(me)).ToDictionary(p => p.Id, p => p.Votes[me]),
            Ledger = moderator ? state.Ledger : null,
        };
    }

    /// <summary>The queue with 1-based positions and names.</summary>
    public static IReadOnlyList<HandView> Queue(ConsultationState state) =>
    [
        .. state.Queue.Select((h, i) =>
        {
            var p = state.Participants[h.ParticipantId];
            return new HandView(i + 1, h.ParticipantId, p.DisplayName, p.Group, h.Intent, h.RaisedAt);
        }),
    ];
}
