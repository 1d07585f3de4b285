using ConsultHub.Domain.Model;

namespace ConsultHub.Domain.Commands;

/// <summary>System timer: 30 seconds left in the named turn.</summary>
public sealed record WarnTurn(string TurnId) : ConsultationCommand;
