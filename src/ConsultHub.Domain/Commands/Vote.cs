using ConsultHub.Domain.Model;

namespace ConsultHub.Domain.Commands;

/// <summary>Participant: choose (or change) an option, 0-based.</summary>
public sealed record Vote(string PollId, int Option) : ConsultationCommand;
