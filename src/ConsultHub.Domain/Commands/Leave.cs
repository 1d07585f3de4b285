
namespace ConsultHub.Domain.Commands;

/// <summary>A participant leaves on purpose; their hand is lowered at once.</summary>
public sealed record Leave : ConsultationCommand;
