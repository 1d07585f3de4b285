
namespace ConsultHub.Domain.Commands;

/// <summary>Moderator (or the speaker): end the running turn.</summary>
public sealed record EndTurn : ConsultationCommand;
