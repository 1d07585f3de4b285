using ConsultHub.Domain.Commands;
using ConsultHub.Domain.Model;
using ConsultHub.Grains.Consultations;

namespace ConsultHub.Grains.Presence;

/// <summary>
/// Brings a consultation's recorded presence in line with what silos report (<see cref="PresenceBoard"/>):
/// the journal's "connected" flags outlive the connections they describe, so an activation trusts
/// none of them and, after a settle, disconnects whoever no silo reported; someone a silo reports
/// but the state calls away is connected again as soon as the report arrives.
/// </summary>
/// <param name="board">What silos reported.</param>
/// <param name="state">The consultation's current state.</param>
/// <param name="schedule">Arms a one-shot grain timer.</param>
/// <param name="correct">Runs a system command without deactivating the grain when storage is down.</param>
public sealed class PresenceReconciler(
    PresenceBoard board,
    Func<ConsultationState> state,
    Func<TimeSpan, Func<Task>, IDisposable> schedule,
    Func<ConsultationCommand, Task<CommandOutcome>> correct) : IDisposable
{
    /// <summary>How long to wait before reconciling again when the journal refused the corrections.</summary>
    public static readonly TimeSpan Retry = TimeSpan.FromSeconds(5);

    private IDisposable? _check;

    /// <summary>Arms the full reconciliation <paramref name="settle"/> from now (on activation).</summary>
    public void SettleAfter(TimeSpan settle) => Arm(settle);

    /// <summary>
    /// Connects participants a silo holds live connections for and, when <paramref name="disconnectUnreported"/>
    /// (after the settle, or when a silo expired), disconnects those the state calls connected but no
    /// silo reports. Best effort: when the journal refuses the writes, the grain keeps serving and
    /// this tries again after <see cref="Retry"/>. Deactivating instead would hand the queued calls to a
    /// new activation that fails the same way, over and over, for as long as the journal is down.
    /// </summary>
    public async Task ReconcileAsync(bool disconnectUnreported)
    {
        if (disconnectUnreported)
        {
            Dispose();
        }
        var current = state();
        var wrong = current.Status == ConsultationStatus.Closed
            ? []
            : current.Participants.Values
                .Where(p => !p.Removed && p.Connected != board.IsLive(p.Id) && (disconnectUnreported || !p.Connected))
                .Select(p => p.Id).ToList();
        foreach (var participantId in wrong)
        {
            ConsultationCommand correction = board.IsLive(participantId) ? new Connect(participantId) : new Disconnect(participantId);
            if ((await correct(correction)).Code == CommandOutcome.Unavailable)
            {
                Arm(Retry);
                return;
            }
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _check?.Dispose();
        _check = null;
    }

    private void Arm(TimeSpan due)
    {
        Dispose();
        _check = schedule(due, () => ReconcileAsync(disconnectUnreported: true));
    }
}
