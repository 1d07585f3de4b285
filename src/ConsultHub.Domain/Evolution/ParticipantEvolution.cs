using ConsultHub.Domain.Events;
using ConsultHub.Domain.Model;
using ConsultHub.Domain.Rules;

namespace ConsultHub.Domain.Evolution;

/// <summary>Folds participant events, keeping presence tallies in step.</summary>
internal static class ParticipantEvolution
{
    public static ConsultationState Joined(ConsultationState s, ParticipantJoined e) => s with
    {
        Participants = s.Participants.Add(e.ParticipantId, new Participant
        {
            Id = e.ParticipantId,
            DisplayName = e.DisplayName,
            Affiliation = e.Affiliation,
            Group = e.Group,
            Country = e.Country,
            TokenHash = e.TokenHash,
            IsModerator = e.IsModerator,
            JoinedAt = e.JoinedAt,
        }),
    };

    public static ConsultationState Connected(ConsultationState s, ParticipantConnected e) =>
        Presence(Update(s, e.ParticipantId, p => p with { Connected = true, DisconnectedAt = null }), s.Participants[e.ParticipantId], +1);

    public static ConsultationState Disconnected(ConsultationState s, ParticipantDisconnected e) =>
        Presence(Update(s, e.ParticipantId, p => p with { Connected = false, DisconnectedAt = e.At }), s.Participants[e.ParticipantId], -1);

    public static ConsultationState Removed(ConsultationState s, ParticipantRemoved e)
    {
        var before = s.Participants[e.ParticipantId];
        var next = Update(s, e.ParticipantId, p => p with { Removed = true, Connected = false });
        if (before.Present)
        {
            next = Presence(next, before, -1);
        }
        var moderation = next.Tallies.Moderation with { ParticipantsRemoved = next.Tallies.Moderation.ParticipantsRemoved + 1 };
        return next with
        {
            Ledger = next.Ledger.Add(new LedgerEntry(e.At, LedgerAction.RemoveParticipant, e.By, e.ParticipantId, e.Reason)),
            Tallies = next.Tallies with { Moderation = moderation },
        };
    }

    public static ConsultationState Update(ConsultationState s, string id, Func<Participant, Participant> change) =>
        s with { Participants = s.Participants.SetItem(id, change(s.Participants[id])) };

    private static ConsultationState Presence(ConsultationState s, Participant p, int delta) => s with
    {
        Tallies = s.Tallies with
        {
            PresentByGroup = Counter.Add(s.Tallies.PresentByGroup, WireNames.Group(p.Group), delta),
            PresentByCountry = Counter.Add(s.Tallies.PresentByCountry, p.CountryKey, delta),
        },
    };
}
