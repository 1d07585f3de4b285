using ConsultHub.Domain.Commands;
using ConsultHub.Domain.Model;

namespace ConsultHub.Grains.Consultations;

/// <summary>
/// A command waiting to run, with its resolved caller. <see cref="StillTrue"/> checks, once the
/// command is allowed, that what it reports still holds: a presence notice overtaken by a later one
/// is refused as <c>conflict</c>, so presence follows the live connections rather than the order of notices.
/// </summary>
/// <param name="Caller">Who issues it.</param>
/// <param name="Command">The command.</param>
/// <param name="StillTrue">The re-check, or null.</param>
public sealed record PendingCommand(Caller Caller, ConsultationCommand Command, Func<bool>? StillTrue = null);
