
namespace ConsultHub.Domain.Commands;

/// <summary>Leave the queue.</summary>
public sealed record LowerHand : ConsultationCommand;
