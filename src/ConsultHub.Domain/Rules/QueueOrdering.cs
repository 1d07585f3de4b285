using System.Collections.Immutable;
using ConsultHub.Domain.Model;

namespace ConsultHub.Domain.Rules;

/// <summary>
/// The speaking queue's order: points of order, then replies, then <c>speak</c>; inside the
/// <c>speak</c> lane the policy key (<c>balanced</c>: the group's speaking time so far;
/// <c>first-time</c>: whether the person has spoken); then raise time. Once a moderator moves a
/// hand, automatic re-ranking of the hands already queued pauses until the queue empties, so a
/// moderator's arrangement is never silently undone; new hands still go where the policy puts them
/// (<see cref="Insert"/>).
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

    /// <summary>The queue as the policy orders it, from scratch.</summary>
    public static ImmutableList<Hand> Sorted(ConsultationState state, IEnumerable<Hand> hands) =>
        [.. hands.Order(Comparer(state))];

    /// <summary>
    /// The one rule for where a new hand goes: right after the last hand that the policy ranks at or
    /// before it. On a queue in policy order that is exactly its sorted place; on a queue a moderator
    /// arranged, the arrangement of the hands already there is kept and the new hand still goes ahead
    /// of every hand the policy ranks after it from that point on (a member state with no speaking
    /// time ahead of a private sector hand with some).
    /// </summary>
    public static ImmutableList<Hand> Insert(ConsultationState state, Hand hand)
    {
        var comparer = Comparer(state);
        var index = state.Queue.FindLastIndex(h => comparer.Compare(h, hand) <= 0) + 1;
        return state.Queue.Insert(index, hand);
    }

    /// <summary>Orders hands by lane, then policy key, then raise time, then raise order.</summary>
    public static IComparer<Hand> Comparer(ConsultationState state) =>
        Comparer<Hand>.Create((a, b) =>
        {
            var byLane = LaneRank(a.Intent).CompareTo(LaneRank(b.Intent));
            if (byLane != 0)
            {
                return byLane;
            }
            var byPolicy = PolicyKey(state, a).CompareTo(PolicyKey(state, b));
            if (byPolicy != 0)
            {
                return byPolicy;
            }
            var byTime = a.RaisedAt.CompareTo(b.RaisedAt);
            return byTime != 0 ? byTime : a.Sequence.CompareTo(b.Sequence);
        });

    /// <summary>Re-ranks after speaking time changed, unless a moderator arranged the queue.</summary>
    public static ConsultationState Rerank(ConsultationState state) =>
        state.QueueManuallyOrdered || state.Settings.QueuePolicy == QueuePolicy.Fifo
            ? state
            : state with { Queue = Sorted(state, state.Queue) };
}
