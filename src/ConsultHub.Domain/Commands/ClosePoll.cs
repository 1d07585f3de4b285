using ConsultHub.Domain.Model;

namespace ConsultHub.Domain.Commands;

/// <summary>Moderator: close a poll.</summary>
public sealed record ClosePoll(string PollId) : ConsultationCommand;
