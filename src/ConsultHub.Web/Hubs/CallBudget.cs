namespace ConsultHub.Web.Hubs;

/// <summary>
/// A connection's token bucket: <c>burst</c> calls at once, refilled at <c>perSecond</c>. It is
/// refilled lazily from the clock on each call, so a connection costs no timer: with thousands of
/// connections, per-connection replenishment timers were a measurable share of the hub's CPU.
/// </summary>
public sealed class CallBudget
{
    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly double _perTick;
    private readonly double _burst;
    private double _tokens;
    private long _refilledAt;

    /// <summary>A full bucket.</summary>
    public CallBudget(int perSecond, int burst, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(perSecond, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(burst, 1);
        _time = time;
        _perTick = perSecond / (double)time.TimestampFrequency;
        _burst = burst;
        _tokens = burst;
        _refilledAt = time.GetTimestamp();
    }

    /// <summary>Takes one call from the budget; false when the connection has spent it.</summary>
    public bool TryTake()
    {
        lock (_gate)
        {
            var now = _time.GetTimestamp();
            _tokens = Math.Min(_burst, _tokens + ((now - _refilledAt) * _perTick));
            _refilledAt = now;
            if (_tokens < 1)
            {
                return false;
            }
            _tokens -= 1;
            return true;
        }
    }
}
