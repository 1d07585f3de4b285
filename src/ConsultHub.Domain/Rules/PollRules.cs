using ConsultHub.Domain.Commands;
using ConsultHub.Domain.Events;
using ConsultHub.Domain.Model;

namespace ConsultHub.Domain.Rules;

/// <summary>Single-choice polls.</summary>
internal static class PollRules
{
    public const int MaxQuestion = 300, MaxOption = 200, MinOptions = 2, MaxOptions = 10;

    public static Decision Open(ConsultationState state, Caller caller, OpenPoll command, DateTimeOffset now)
    {
        if (Guard.First(Guard.ModeratorOfOpen(state, caller), Guard.Text(command.Question, "Question", MaxQuestion, true, out var question)) is { } bad)
        {
            return bad;
        }
        var raw = command.Options ?? [];
        if (raw.Count is < MinOptions or > MaxOptions)
        {
            return Decision.Reject(RejectionCode.Invalid, $"A poll has {MinOptions} to {MaxOptions} options.");
        }
        var options = new List<string>();
        foreach (var input in raw)
        {
            if (Guard.Text(input, "Option", MaxOption, false, out var option) is { } badOption)
            {
                return badOption;
            }
            if (options.Contains(option, StringComparer.OrdinalIgnoreCase))
            {
                return Decision.Reject(RejectionCode.Invalid, $"Option '{option}' is listed twice.");
            }
            options.Add(option);
        }
        return Decision.Accept(new PollOpened($"Q{state.PollCount + 1}", question, options, command.ResultsHiddenUntilClose, now));
    }

    public static Decision Vote(ConsultationState state, Caller caller, Vote command)
    {
        if (Guard.OpenMember(state, caller, out var p) is { } bad)
        {
            return bad;
        }
        if (!state.Polls.TryGetValue(command.PollId ?? "", out var poll))
        {
            return Decision.Reject(RejectionCode.NotFound, $"No poll '{command.PollId}'.");
        }
        if (poll.Closed)
        {
            return Decision.Reject(RejectionCode.Conflict, "The poll is closed.");
        }
        if (command.Option < 0 || command.Option >= poll.Options.Count)
        {
            return Decision.Reject(RejectionCode.Invalid, $"Option must be between 0 and {poll.Options.Count - 1}.");
        }
        return poll.Votes.TryGetValue(p.Id, out var current) && current == command.Option
            ? Decision.Reject(RejectionCode.Conflict, "You already voted for that option.")
            : Decision.Accept(new PollVoteCast(poll.Id, p.Id, command.Option));
    }

    public static Decision Close(ConsultationState state, Caller caller, ClosePoll command) =>
        Guard.ModeratorOfOpen(state, caller) is { } bad ? bad
        : !state.Polls.TryGetValue(command.PollId ?? "", out var poll) ? Decision.Reject(RejectionCode.NotFound, $"No poll '{command.PollId}'.")
        : poll.Closed ? Decision.Reject(RejectionCode.Conflict, "The poll is already closed.")
        : Decision.Accept(new PollClosed(poll.Id));
}
