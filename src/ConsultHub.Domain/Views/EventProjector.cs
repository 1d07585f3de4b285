using ConsultHub.Domain.Events;
using ConsultHub.Domain.Model;
using ConsultHub.Domain.Serialization;

namespace ConsultHub.Domain.Views;

/// <summary>
/// Shapes each event for an audience. Secrets (key and token hashes) never leave; hidden and
/// pending text reaches moderators only; moderation reasons reach moderators only; voters and
/// poll choices are never named.
/// </summary>
public static class EventProjector
{
    /// <summary>Projects <paramref name="e"/>, given the states before and after it.</summary>
    public static ProjectedEvent Project(ConsultationEvent e, ConsultationState before, ConsultationState after, Audience audience) =>
        Project(e, after, audience, TalliesChanged(before, after), QueueChanged(before, after));

    /// <summary>
    /// Projects <paramref name="e"/> with the tallies and queue already worked out
    /// (<see cref="TalliesChanged"/>, <see cref="QueueChanged"/>): they are the same for every
    /// audience, so a host that shapes an event for several audiences builds them once.
    /// </summary>
    public static ProjectedEvent Project(ConsultationEvent e, ConsultationState after, Audience audience, Tallies? tallies, IReadOnlyList<HandView>? queue)
    {
        var mod = audience == Audience.Moderator;
        var data = Shape(e, after, audience, mod);
        return data is Hidden
            ? new ProjectedEvent(ProjectedEvent.PrivateType, null, tallies, queue)
            : new ProjectedEvent(EventTypeNames.Of(e), data, tallies, queue);
    }

    /// <summary>The tallies after the change, or null when it left them as they were.</summary>
    public static Tallies? TalliesChanged(ConsultationState before, ConsultationState after) =>
        ReferenceEquals(before.Tallies, after.Tallies) ? null : after.Tallies;

    /// <summary>The whole queue after the change, or null when it left the queue as it was.</summary>
    public static IReadOnlyList<HandView>? QueueChanged(ConsultationState before, ConsultationState after) =>
        ReferenceEquals(before.Queue, after.Queue) ? null : ViewProjector.Queue(after);

    private static object Shape(ConsultationEvent e, ConsultationState s, Audience audience, bool mod) => e switch
    {
        ConsultationCreated c => new CreatedView(c.Settings, c.CreatedAt),
        ParticipantJoined j => ParticipantView.Of(s.Participants[j.ParticipantId]),
        ParticipantRemoved r => mod ? r : new ParticipantRefView(r.ParticipantId),
        HandLowered l => mod ? l : l with { Note = null },
        AllHandsLowered a => mod ? a : a with { Reason = null },
        HandMoved m => mod ? m : m with { Reason = null },
        FloorGiven f => FloorView.Of(s, s.Turns.Find(x => x.Id == f.TurnId)!),
        TurnEnded t => s.Turns.Find(x => x.Id == t.TurnId) is { } turn
            ? new TurnEndedView(turn.Id, turn.ParticipantId, t.EndedAt, turn.DurationMs)
            : t,
        PointPosted p => Point(s, p.PointId, audience),
        PointApproved p => Point(s, p.PointId, audience),
        PointPinned p => Visible(s, p.PointId, audience) ? p : Hidden.Instance,
        PointThemeSet p => Visible(s, p.PointId, audience) ? p : Hidden.Instance,
        PointHidden h => mod ? h : new PointRefView(h.PointId),
        PointUpvoted v => new PointVotesView(v.PointId, s.Points[v.PointId].Voters.Count),
        PointUpvoteWithdrawn v => new PointVotesView(v.PointId, s.Points[v.PointId].Voters.Count),
        PointsMerged m => new MergeView(m.DuplicateId, m.IntoId, s.Points[m.IntoId].Voters.Count, mod ? m.By : null, mod ? m.Reason : null),
        PollOpened p => PollView.Of(s.Polls[p.PollId], audience),
        PollVoteCast v => PollView.Of(s.Polls[v.PollId], audience),
        PollClosed p => PollView.Of(s.Polls[p.PollId], audience),
        _ => e,
    };

    /// <summary>Events that carry a point reach an audience only when it may see the point. The
    /// author of a pending point learns of it from their own command's reply, because events are
    /// shaped once per audience, not per person.</summary>
    private static object Point(ConsultationState s, string pointId, Audience audience) =>
        Visible(s, pointId, audience) ? PointView.Of(s, s.Points[pointId]) : Hidden.Instance;

    private static bool Visible(ConsultationState s, string pointId, Audience audience) =>
        ViewProjector.CanSee(audience, s.Points[pointId], participantId: null);

    private sealed class Hidden
    {
        public static readonly Hidden Instance = new();
    }
}
