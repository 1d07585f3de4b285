using System.Collections.Immutable;
using ConsultHub.Domain.Model;

namespace ConsultHub.Domain.Rules;

/// <summary>
/// The speaking queue's order: points of order, then replies, then <c>speak</c>; inside the
/// <c>speak</c> lane the policy key (<c>balanced</c>: the group's speaking time so far;
/// <c>first-time</c>: whether the person has spoken); then raise time. Once a moderator moves a
/// hand, automatic re-ranking pauses (new hands still join the end of their lane) until the
/// queue empties, so a moderator's arrangement is never silently undone.
/// </summary>
public static class QueueOrdering
{
    /// <summary>0 for points of order, 1 for replies, 2 for speak.</summary>
    public static int LaneRank(HandIntent intent) => intent switch
    {
        HandIntent.PointOfOrder => 0,
        HandIntent.Reply => 1,
        _ => 2,
    };

    /// <summary>The policy key of a hand (lower goes first).</summary>
    public static long PolicyKey(ConsultationState state, Hand hand)
    {
        if (hand.Intent != HandIntent.Speak || !state.Participants.TryGetValue(hand.ParticipantId, out var p))
        {
            return 0;
        }
        return state.Settings.QueuePolicy switch
        {
            QueuePolicy.Balanced => state.Tallies.SpeakingMsByGroup.GetValueOrDefault(WireNames.Group(p.Group)),
            QueuePolicy.FirstTime => p.Turns > 0 ? 1 : 0,
            _ => 0,
        };
    }

    /// <summary>The queue as the policy orders it.</summary>
    public static ImmutableList<Hand> Sorted(ConsultationState state, IEnumerable<Hand> hands) =>
    [
        .. hands.OrderBy(h => LaneRank(h.Intent))
            .ThenBy(h => PolicyKey(state, h))
            .ThenBy(h => h.RaisedAt)
            .ThenBy(h => h.Sequence),
    ];

    /// <summary>Adds a hand where it belongs.</summary>
    public static ImmutableList<Hand> Insert(ConsultationState state, Hand hand)
    {
        if (!state.QueueManuallyOrdered)
        {
            return Sorted(state, state.Queue.Add(hand));
        }
        var rank = LaneRank(hand.Intent);
        var index = state.Queue.FindLastIndex(h => LaneRank(h.Intent) <= rank) + 1;
        return state.Queue.Insert(index, hand);
    }

    /// <summary>Re-ranks after speaking time changed, unless a moderator arranged the queue.</summary>
    public static ConsultationState Rerank(ConsultationState state) =>
        state.QueueManuallyOrdered || state.Settings.QueuePolicy == QueuePolicy.Fifo
            ? state
            : state with { Queue = Sorted(state, state.Queue) };
}
