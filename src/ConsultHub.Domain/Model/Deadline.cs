using ConsultHub.Domain.Commands;

namespace ConsultHub.Domain.Model;

/// <summary>
/// A moment the consultation's state is waiting for and the system command that acts on it then:
/// the running turn's warning and overtime marks, and a dropped participant's grace expiry.
/// </summary>
/// <param name="At">When the command becomes due; the domain refuses it before this moment.</param>
/// <param name="Command">The command the hub's timer runs as <see cref="Caller.System"/>.</param>
public sealed record Deadline(DateTimeOffset At, ConsultationCommand Command);
