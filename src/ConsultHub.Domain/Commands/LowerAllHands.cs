using ConsultHub.Domain.Model;

namespace ConsultHub.Domain.Commands;

/// <summary>Moderator: empty the queue.</summary>
public sealed record LowerAllHands(string? Reason = null) : ConsultationCommand;
