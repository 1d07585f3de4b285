using System.Collections.Immutable;
using ConsultHub.Domain.Model;
using ConsultHub.Domain.Rules;

namespace ConsultHub.Domain.Tests.Properties;

/// <summary>
/// Derives every <see cref="Tallies"/> field from scratch: presence from participants, hands from
/// the queue, speakers and speaking time from the turns, waiting time from what participants
/// waited, points from their current status, moderation counts from points, participants and the
/// ledger. The incremental tallies kept by <c>Apply</c> must always equal this.
/// </summary>
public static class TallyRecalculator
{
    public static Tallies Recompute(ConsultationState state)
    {
        var participants = state.Participants.Values.ToList();
        var present = participants.Where(p => p.Connected && !p.Removed).ToList();
        var ended = state.Turns.Where(t => t.EndedAt is not null).Select(t => (Who: state.Participants[t.ParticipantId], t.DurationMs)).ToList();
        var points = state.Points.Values.ToList();
        var visible = points.Where(p => p.Status == PointStatus.Visible).ToList();
        return new Tallies
        {
            PresentByGroup = Count(present, p => WireNames.Group(p.Group)),
            PresentByCountry = Count(present, CountryKey),
            HandsRaised = state.Queue.Count,
            Speakers = state.Turns.Select(t => t.ParticipantId).Distinct().Count(),
            Turns = state.Turns.Count,
            SpeakingMsByGroup = Sum(ended, t => WireNames.Group(t.Who.Group), t => t.DurationMs),
            SpeakingMsByCountry = Sum(ended, t => CountryKey(t.Who), t => t.DurationMs),
            WaitingMsByGroup = Sum(participants, p => WireNames.Group(p.Group), p => p.WaitedMs),
            WaitingMsByCountry = Sum(participants, CountryKey, p => p.WaitedMs),
            PointsByKind = Count(visible, p => WireNames.Of(p.Kind)),
            PointsByTheme = Count(visible, p => p.Theme ?? "unthemed"),
            Moderation = new ModerationCounts
            {
                Hidden = points.Count(p => p.Status == PointStatus.Hidden),
                Merged = points.Count(p => p.Status == PointStatus.Merged),
                Pending = points.Count(p => p.Status == PointStatus.Pending),
                Reordered = state.Ledger.Count(e => e.Action == LedgerAction.MoveHand),
                HandsRemoved = state.Ledger.Sum(e => e.Action switch
                {
                    LedgerAction.RemoveHand => 1,
                    LedgerAction.LowerAllHands => e.Target.Split(',').Length,
                    _ => 0,
                }),
                ParticipantsRemoved = participants.Count(p => p.Removed),
            },
        };
    }

    private static string CountryKey(Participant p) => p.Country ?? "unspecified";

    private static ImmutableSortedDictionary<string, int> Count<T>(IEnumerable<T> items, Func<T, string> key) =>
        items.GroupBy(key).ToImmutableSortedDictionary(g => g.Key, g => g.Count());

    private static ImmutableSortedDictionary<string, long> Sum<T>(IEnumerable<T> items, Func<T, string> key, Func<T, long> value) =>
        items.GroupBy(key).Select(g => (g.Key, Total: g.Sum(value))).Where(x => x.Total != 0).ToImmutableSortedDictionary(x => x.Key, x => x.Total);
}
