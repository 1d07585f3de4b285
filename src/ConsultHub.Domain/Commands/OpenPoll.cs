using ConsultHub.Domain.Model;

namespace ConsultHub.Domain.Commands;

/// <summary>Moderator: open a single-choice poll.</summary>
public sealed record OpenPoll(string Question, IReadOnlyList<string> Options, bool ResultsHiddenUntilClose = false) : ConsultationCommand;
