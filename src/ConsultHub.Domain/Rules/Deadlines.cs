using ConsultHub.Domain.Commands;
using ConsultHub.Domain.Model;

namespace ConsultHub.Domain.Rules;

/// <summary>
/// Every deadline a state holds, derived from the state alone, so a host re-arms all of them after
/// any change, an early or late timer, a reactivation or a restart without remembering what it armed.
/// Each <see cref="Deadline.At"/> is the same moment the matching rule checks against <c>now</c>.
/// </summary>
public static class Deadlines
{
    /// <summary>The deadlines still to act on, in no particular order.</summary>
    public static IReadOnlyList<Deadline> Of(ConsultationState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var deadlines = new List<Deadline>();
        if (state.Status == ConsultationStatus.Live && state.Floor is { } floor)
        {
            if (!floor.Warned)
            {
                deadlines.Add(new Deadline(floor.WarnAt, new WarnTurn(floor.Id)));
            }
            if (!floor.Overtime)
            {
                deadlines.Add(new Deadline(floor.EndsAt, new MarkOvertime(floor.Id)));
            }
        }
        if (state.Status == ConsultationStatus.Closed)
        {
            return deadlines;
        }
        foreach (var hand in state.Queue)
        {
            if (state.Participants.TryGetValue(hand.ParticipantId, out var p) && !p.Connected && p.DisconnectedAt is { } since)
            {
                deadlines.Add(new Deadline(since + GracePeriods.Participant, new ExpireGrace(p.Id)));
            }
        }
        return deadlines;
    }
}
