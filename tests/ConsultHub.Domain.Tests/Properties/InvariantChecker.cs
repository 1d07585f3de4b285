using ConsultHub.Domain.Model;
using ConsultHub.Domain.Rules;
using ConsultHub.Domain.Tests.Builders;
using ConsultHub.Domain.Views;

namespace ConsultHub.Domain.Tests.Properties;

/// <summary>The invariants every reachable state keeps, checked after every accepted command.</summary>
public static class InvariantChecker
{
    public static void Check(ConsultationState before, ConsultationState state, long eventCount)
    {
        Assert.Equal(eventCount, state.Version);
        Lifecycle(before, state);
        QueueAndFloor(state);
        NewHandsPlacedByPolicy(before, state);
        Turns(state);
        Points(before, state);
        Polls(before, state);
        StateJson.AssertSame(StateJson.Utf8Of(TallyRecalculator.Recompute(state)), StateJson.Utf8Of(state.Tallies), "The tallies");
        ObserverView(state);
    }

    private static void Lifecycle(ConsultationState before, ConsultationState state)
    {
        Assert.True(state.Status >= before.Status, $"Status went back from {before.Status} to {state.Status}.");
        foreach (var p in before.Participants.Values.Where(p => p.Removed))
        {
            Assert.True(state.Participants[p.Id].Removed, $"{p.Id} came back after removal.");
        }
        Assert.All(state.Participants.Values.Where(p => p.Removed), p => Assert.False(p.Connected));
        if (state.Status == ConsultationStatus.Closed)
        {
            Assert.Null(state.Floor);
            Assert.Empty(state.Queue);
            Assert.All(state.Polls.Values, p => Assert.True(p.Closed));
        }
        if (state.Status != ConsultationStatus.Live)
        {
            Assert.Null(state.Floor);
        }
    }

    private static void QueueAndFloor(ConsultationState state)
    {
        var queued = state.Queue.Select(h => h.ParticipantId).ToList();
        Assert.Equal(queued.Count, queued.Distinct().Count());
        Assert.All(queued, id => Assert.NotNull(state.ActiveParticipant(id)));
        if (state.Floor is { } floor)
        {
            Assert.DoesNotContain(floor.ParticipantId, queued);
            Assert.NotNull(state.ActiveParticipant(floor.ParticipantId));
        }
        if (!state.QueueManuallyOrdered)
        {
            Assert.Equal(QueueOrdering.Sorted(state, state.Queue), state.Queue);
        }
        else
        {
            Assert.NotEmpty(state.Queue);
        }
    }

    /// <summary>
    /// Whatever a moderator did to the queue before, a hand raised now sits after every hand the policy
    /// ranks at or before it and ahead of every hand it ranks after (QueueOrdering.Insert's rule).
    /// </summary>
    private static void NewHandsPlacedByPolicy(ConsultationState before, ConsultationState state)
    {
        var comparer = QueueOrdering.Comparer(state);
        foreach (var hand in state.Queue.Where(h => h.Sequence > before.HandSequence))
        {
            var index = state.Queue.IndexOf(hand);
            Assert.All(state.Queue.Skip(index + 1), later => Assert.True(comparer.Compare(later, hand) > 0,
                $"{later.ParticipantId} ranks at or before the new hand {hand.ParticipantId} but was left behind it."));
            if (index > 0)
            {
                Assert.True(comparer.Compare(state.Queue[index - 1], hand) <= 0,
                    $"The new hand {hand.ParticipantId} went behind {state.Queue[index - 1].ParticipantId}, which the policy ranks after it.");
            }
        }
    }

    private static void Turns(ConsultationState state)
    {
        for (var i = 0; i < state.Turns.Count; i++)
        {
            var turn = state.Turns[i];
            Assert.Equal($"T{i + 1}", turn.Id);
            Assert.True(i == state.Turns.Count - 1 || turn.EndedAt is not null, $"{turn.Id} still runs while a later turn exists.");
            Assert.True(turn.DurationMs >= 0 && turn.WaitedMs >= 0);
        }
        foreach (var p in state.Participants.Values)
        {
            var theirs = state.Turns.Where(t => t.ParticipantId == p.Id).ToList();
            Assert.Equal(theirs.Count, p.Turns);
            Assert.Equal(theirs.Sum(t => t.DurationMs), p.SpokenMs);
        }
    }

    private static void Points(ConsultationState before, ConsultationState state)
    {
        foreach (var point in state.Points.Values)
        {
            TextSamples.MarkerOf(point.Text);
            if (before.Points.TryGetValue(point.Id, out var was))
            {
                Assert.Equal(was.Text, point.Text);
                Assert.True(was.Status == point.Status || Allowed(was.Status, point.Status), $"{point.Id} went from {was.Status} to {point.Status}.");
            }
            Assert.True(!point.Pinned || point.Status == PointStatus.Visible, $"{point.Id} is pinned while {point.Status}.");
            if (point.Status == PointStatus.Merged)
            {
                Assert.Contains(point.Id, state.Points[point.MergedInto!].MergedFrom);
            }
            Assert.True(point.Theme is null || state.Settings.Themes.Contains(point.Theme), $"{point.Id} has theme '{point.Theme}'.");
        }
    }

    private static bool Allowed(PointStatus from, PointStatus to) => (from, to) switch
    {
        (PointStatus.Pending, _) => true,
        (PointStatus.Visible, PointStatus.Hidden or PointStatus.Merged) => true,
        _ => false,
    };

    private static void Polls(ConsultationState before, ConsultationState state)
    {
        foreach (var poll in state.Polls.Values)
        {
            Assert.InRange(poll.Options.Count, 2, 10);
            Assert.All(poll.Votes.Values, option => Assert.InRange(option, 0, poll.Options.Count - 1));
            Assert.True(!before.Polls.TryGetValue(poll.Id, out var was) || !was.Closed || poll.Closed, $"{poll.Id} reopened.");
        }
    }

    private static void ObserverView(ConsultationState state)
    {
        var view = ViewProjector.For(state, Caller.Observer);
        Assert.All(view.Points, p => Assert.Equal(state.Points[p.Id].Voters.Count, p.Votes));
        ObserverLeaks.AssertNone(StateJson.Of(view), state, "The observer view");
    }
}
