using ConsultHub.Domain.Commands;
using ConsultHub.Domain.Model;
using ConsultHub.Domain.Rules;

namespace ConsultHub.Grains.Consultations;

/// <summary>
/// Acts on every deadline of a consultation (<see cref="Deadlines.Of"/>) once, at or just after its
/// moment, whatever the timer's jitter: one one-shot timer is armed for the earliest deadline; when it
/// fires, every deadline then due runs, and a timer that fired early finds nothing due and re-arms for
/// the rest. Nothing is remembered as "armed" beyond the timer itself, so <see cref="Sync"/> after any
/// change, and on activation, re-arms from state (an overdue deadline fires at once).
/// </summary>
/// <remarks>
/// A due command the domain still refuses (it changed meanwhile) is not retried for the same moment,
/// so a refusal can never spin the timer; when storage is unavailable the timer retries after
/// <see cref="RetryAfterUnavailable"/>.
/// </remarks>
public sealed class DeadlineTimer(
    Func<TimeSpan, Func<Task>, IDisposable> schedule,
    TimeProvider clock,
    Func<ConsultationState> state,
    Func<ConsultationCommand, Task<CommandOutcome>> run) : IDisposable
{
    /// <summary>How long to wait before acting again when the journal refused the writes.</summary>
    public static readonly TimeSpan RetryAfterUnavailable = TimeSpan.FromSeconds(1);

    private readonly HashSet<Deadline> _refused = [];
    private IDisposable? _timer;
    private DateTimeOffset? _armedFor;
    private DateTimeOffset _notBefore = DateTimeOffset.MinValue;
    private bool _firing;

    /// <summary>The moment the timer is armed for, or null when nothing is pending.</summary>
    public DateTimeOffset? ArmedFor => _armedFor;

    /// <summary>Arms the timer for the earliest pending deadline of the current state (idempotent).</summary>
    public void Sync()
    {
        if (_firing)
        {
            return;
        }
        var all = Deadlines.Of(state());
        _refused.IntersectWith(all);
        var pending = Pending(all);
        if (pending.Count == 0)
        {
            Disarm();
            return;
        }
        var at = pending.Min(d => d.At);
        if (at < _notBefore)
        {
            at = _notBefore;
        }
        // A timer already due fires any moment and acts on everything due then, so it is kept:
        // replacing it would start its lateness over for the deadlines it was armed for.
        if (_timer is not null && (_armedFor == at || _armedFor <= clock.GetUtcNow()))
        {
            return;
        }
        Disarm();
        var due = at - clock.GetUtcNow();
        _armedFor = at;
        _timer = schedule(due < TimeSpan.Zero ? TimeSpan.Zero : due, FireAsync);
    }

    /// <inheritdoc/>
    public void Dispose() => Disarm();

    private async Task FireAsync()
    {
        Disarm();
        _firing = true;
        try
        {
            while (Pending(Deadlines.Of(state())).Where(d => d.At <= clock.GetUtcNow()).OrderBy(d => d.At).FirstOrDefault() is { } due)
            {
                var outcome = await run(due.Command);
                if (outcome.Code == CommandOutcome.Unavailable)
                {
                    _notBefore = clock.GetUtcNow() + RetryAfterUnavailable;
                    break;
                }
                if (!outcome.Accepted)
                {
                    _refused.Add(due);
                }
            }
        }
        finally
        {
            _firing = false;
        }
        Sync();
    }

    private List<Deadline> Pending(IEnumerable<Deadline> all) => [.. all.Where(d => !_refused.Contains(d))];

    private void Disarm()
    {
        _timer?.Dispose();
        _timer = null;
        _armedFor = null;
    }
}
