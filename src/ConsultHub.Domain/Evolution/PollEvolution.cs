using ConsultHub.Domain.Events;
using ConsultHub.Domain.Model;

namespace ConsultHub.Domain.Evolution;

/// <summary>Folds poll events.</summary>
internal static class PollEvolution
{
    public static ConsultationState Opened(ConsultationState s, PollOpened e) => s with
    {
        PollCount = s.PollCount + 1,
        Polls = s.Polls.Add(e.PollId, new Poll
        {
            Id = e.PollId,
            Question = e.Question,
            Options = [.. e.Options],
            ResultsHiddenUntilClose = e.ResultsHiddenUntilClose,
            OpenedAt = e.OpenedAt,
        }),
    };

    public static ConsultationState VoteCast(ConsultationState s, PollVoteCast e) =>
        Update(s, e.PollId, p => p with { Votes = p.Votes.SetItem(e.ParticipantId, e.Option) });

    public static ConsultationState Closed(ConsultationState s, PollClosed e) => Update(s, e.PollId, p => p with { Closed = true });

    private static ConsultationState Update(ConsultationState s, string id, Func<Poll, Poll> change) =>
        s with { Polls = s.Polls.SetItem(id, change(s.Polls[id])) };
}
