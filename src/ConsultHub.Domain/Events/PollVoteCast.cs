namespace ConsultHub.Domain.Events;

/// <summary>A participant chose an option. (<c>poll-vote-cast</c>)</summary>
public sealed record PollVoteCast(string PollId, string ParticipantId, int Option) : ConsultationEvent;
