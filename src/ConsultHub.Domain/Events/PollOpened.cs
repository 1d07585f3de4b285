namespace ConsultHub.Domain.Events;

/// <summary>A poll opened. (<c>poll-opened</c>)</summary>
public sealed record PollOpened(string PollId, string Question, IReadOnlyList<string> Options, bool ResultsHiddenUntilClose, DateTimeOffset OpenedAt) : ConsultationEvent;
