using ConsultHub.Domain.Events;
using ConsultHub.Domain.Model;
using ConsultHub.Domain.Rules;

namespace ConsultHub.Domain.Evolution;

/// <summary>Folds queue and floor events; records waiting and speaking time as hands and turns end.</summary>
internal static class QueueEvolution
{
    public static ConsultationState Raised(ConsultationState s, HandRaised e)
    {
        var hand = new Hand(e.ParticipantId, e.Intent, e.RaisedAt, s.HandSequence + 1);
        return s with
        {
            Queue = QueueOrdering.Insert(s, hand),
            HandSequence = hand.Sequence,
            Tallies = s.Tallies with { HandsRaised = s.Tallies.HandsRaised + 1 },
        };
    }

    public static ConsultationState Lowered(ConsultationState s, HandLowered e)
    {
        var next = Dequeue(s, e.ParticipantId, e.At);
        if (e.Reason != HandLoweredReason.Moderator)
        {
            return next;
        }
        return next with
        {
            Ledger = next.Ledger.Add(new LedgerEntry(e.At, LedgerAction.RemoveHand, e.By ?? "moderator", e.ParticipantId, e.Note)),
            Tallies = next.Tallies with { Moderation = next.Tallies.Moderation with { HandsRemoved = next.Tallies.Moderation.HandsRemoved + 1 } },
        };
    }

    public static ConsultationState AllLowered(ConsultationState s, AllHandsLowered e)
    {
        var ids = s.Queue.Select(h => h.ParticipantId).ToList();
        var next = ids.Aggregate(s, (state, id) => Dequeue(state, id, e.At));
        return next with
        {
            Ledger = next.Ledger.Add(new LedgerEntry(e.At, LedgerAction.LowerAllHands, e.By, string.Join(",", ids), e.Reason)),
            Tallies = next.Tallies with { Moderation = next.Tallies.Moderation with { HandsRemoved = next.Tallies.Moderation.HandsRemoved + ids.Count } },
        };
    }

    public static ConsultationState Moved(ConsultationState s, HandMoved e)
    {
        var hand = s.Queue[s.QueueIndexOf(e.ParticipantId)];
        return s with
        {
            Queue = s.Queue.Remove(hand).Insert(e.Position - 1, hand),
            QueueManuallyOrdered = true,
            Ledger = s.Ledger.Add(new LedgerEntry(e.At, LedgerAction.MoveHand, e.By, e.ParticipantId, e.Reason)),
            Tallies = s.Tallies with { Moderation = s.Tallies.Moderation with { Reordered = s.Tallies.Moderation.Reordered + 1 } },
        };
    }

    public static ConsultationState FloorGiven(ConsultationState s, FloorGiven e)
    {
        var waited = s.QueueIndexOf(e.ParticipantId) >= 0 ? e.StartedAt - s.Queue.Find(h => h.ParticipantId == e.ParticipantId)!.RaisedAt : TimeSpan.Zero;
        var next = s.QueueIndexOf(e.ParticipantId) >= 0 ? Dequeue(s, e.ParticipantId, e.StartedAt) : s;
        var firstTurn = next.Participants[e.ParticipantId].Turns == 0;
        next = ParticipantEvolution.Update(next, e.ParticipantId, p => p with { Turns = p.Turns + 1 });
        return next with
        {
            Turns = next.Turns.Add(new Turn
            {
                Id = e.TurnId,
                ParticipantId = e.ParticipantId,
                Intent = e.Intent,
                StartedAt = e.StartedAt,
                LimitSeconds = e.LimitSeconds,
                WaitedMs = (long)waited.TotalMilliseconds,
            }),
            Tallies = next.Tallies with
            {
                Turns = next.Tallies.Turns + 1,
                Speakers = next.Tallies.Speakers + (firstTurn ? 1 : 0),
            },
        };
    }

    public static ConsultationState Marked(ConsultationState s, string turnId, Func<Turn, Turn> change) =>
        s with { Turns = s.Turns.SetItem(s.Turns.Count - 1, change(s.Turns[^1])) };

    public static ConsultationState Ended(ConsultationState s, TurnEnded e)
    {
        var turn = s.Turns[^1];
        var ms = Math.Max(0, (long)(e.EndedAt - turn.StartedAt).TotalMilliseconds);
        var p = s.Participants[turn.ParticipantId];
        var next = ParticipantEvolution.Update(s, p.Id, x => x with { SpokenMs = x.SpokenMs + ms });
        next = next with
        {
            // The flag follows the real duration, so a turn ended past its limit reads as overtime
            // even when the mark's timer had not run yet (a close, or an end just after the limit).
            Turns = next.Turns.SetItem(next.Turns.Count - 1, turn with
            {
                EndedAt = e.EndedAt,
                DurationMs = ms,
                Overtime = turn.Overtime || ms >= turn.LimitSeconds * 1000L,
            }),
            Tallies = next.Tallies with
            {
                SpeakingMsByGroup = Counter.Add(next.Tallies.SpeakingMsByGroup, WireNames.Group(p.Group), ms),
                SpeakingMsByCountry = Counter.Add(next.Tallies.SpeakingMsByCountry, p.CountryKey, ms),
            },
        };
        return QueueOrdering.Rerank(next);
    }

    /// <summary>Takes a hand out of the queue and records how long it waited.</summary>
    private static ConsultationState Dequeue(ConsultationState s, string participantId, DateTimeOffset at)
    {
        var hand = s.Queue.Find(h => h.ParticipantId == participantId)!;
        var ms = Math.Max(0, (long)(at - hand.RaisedAt).TotalMilliseconds);
        var p = s.Participants[participantId];
        var next = ParticipantEvolution.Update(s, participantId, x => x with { WaitedMs = x.WaitedMs + ms });
        var queue = next.Queue.Remove(hand);
        return next with
        {
            Queue = queue,
            QueueManuallyOrdered = next.QueueManuallyOrdered && !queue.IsEmpty,
            Tallies = next.Tallies with
            {
                HandsRaised = next.Tallies.HandsRaised - 1,
                WaitingMsByGroup = Counter.Add(next.Tallies.WaitingMsByGroup, WireNames.Group(p.Group), ms),
                WaitingMsByCountry = Counter.Add(next.Tallies.WaitingMsByCountry, p.CountryKey, ms),
            },
        };
    }
}
