using ConsultHub.Domain.Model;

namespace ConsultHub.Domain.Commands;

/// <summary>System timer: the named turn reached its limit.</summary>
public sealed record MarkOvertime(string TurnId) : ConsultationCommand;
