using ConsultHub.Domain.Model;

namespace ConsultHub.Grains.Consultations;

/// <summary>
/// Keeps a grain's one-shot timers in step with its state: the running turn's warning and
/// overtime marks, and one grace-period expiry per disconnected participant with a raised hand.
/// <see cref="Sync"/> is idempotent, so the grain calls it after every change and on activation.
/// </summary>
public sealed class ConsultationTimers(Func<TimeSpan, Func<Task>, IDisposable> schedule, TimeProvider clock) : IDisposable
{
    private readonly Dictionary<string, IDisposable> _grace = new(StringComparer.Ordinal);
    private readonly List<IDisposable> _floor = [];
    private string? _floorTurnId;

    /// <summary>Arms and disarms timers for <paramref name="state"/>; <paramref name="fire"/> receives the system command to run.</summary>
    public void Sync(ConsultationState state, Func<Domain.Commands.ConsultationCommand, Task> fire)
    {
        SyncFloor(state, fire);
        SyncGrace(state, fire);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        DisposeFloor();
        foreach (var timer in _grace.Values)
        {
            timer.Dispose();
        }
        _grace.Clear();
    }

    private void SyncFloor(ConsultationState state, Func<Domain.Commands.ConsultationCommand, Task> fire)
    {
        var floor = state.Floor;
        if (floor?.Id == _floorTurnId)
        {
            return;
        }
        DisposeFloor();
        _floorTurnId = floor?.Id;
        if (floor is null)
        {
            return;
        }
        if (!floor.Warned)
        {
            _floor.Add(At(floor.WarnAt, () => fire(new Domain.Commands.WarnTurn(floor.Id))));
        }
        if (!floor.Overtime)
        {
            _floor.Add(At(floor.EndsAt, () => fire(new Domain.Commands.MarkOvertime(floor.Id))));
        }
    }

    private void SyncGrace(ConsultationState state, Func<Domain.Commands.ConsultationCommand, Task> fire)
    {
        var waiting = state.Queue
            .Select(h => state.Participants[h.ParticipantId])
            .Where(p => !p.Connected && p.DisconnectedAt is not null)
            .ToDictionary(p => p.Id, p => p.DisconnectedAt!.Value);
        foreach (var id in _grace.Keys.Where(id => !waiting.ContainsKey(id)).ToList())
        {
            _grace[id].Dispose();
            _grace.Remove(id);
        }
        foreach (var (id, since) in waiting.Where(w => !_grace.ContainsKey(w.Key)))
        {
            _grace[id] = At(since + Domain.Rules.GracePeriods.Participant, () => fire(new Domain.Commands.ExpireGrace(id)));
        }
    }

    private IDisposable At(DateTimeOffset when, Func<Task> callback)
    {
        var due = when - clock.GetUtcNow();
        return schedule(due < TimeSpan.Zero ? TimeSpan.Zero : due, callback);
    }

    private void DisposeFloor()
    {
        foreach (var timer in _floor)
        {
            timer.Dispose();
        }
        _floor.Clear();
    }
}
