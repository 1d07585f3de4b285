namespace ConsultHub.Domain.Events;

/// <summary>A poll closed. (<c>poll-closed</c>)</summary>
public sealed record PollClosed(string PollId) : ConsultationEvent;
