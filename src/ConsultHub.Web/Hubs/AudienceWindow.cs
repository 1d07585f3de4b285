namespace ConsultHub.Web.Hubs;

/// <summary>
/// One audience's coalescing window of one consultation: envelopes added while the window is open
/// leave together, in the order they were added, as one frame when it closes. The first envelope
/// opens the window; a flush that is still writing when the next window closes is waited for, so
/// frames leave in version order. <see cref="Flush"/> closes the window early (shutdown).
/// </summary>
public sealed class AudienceWindow : IDisposable
{
    private readonly Lock _gate = new();
    private readonly Lock _sending = new();
    private readonly TimeSpan _length;
    private readonly TimeProvider _time;
    private readonly Action<EnvelopeFrame> _send;
    private List<SerializedEnvelope> _pending = [];
    private ITimer? _timer;

    /// <summary>A window of <paramref name="length"/> that hands each closed window's frame to <paramref name="send"/>.</summary>
    public AudienceWindow(TimeSpan length, TimeProvider time, Action<EnvelopeFrame> send)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(length, TimeSpan.Zero);
        _length = length;
        _time = time;
        _send = send;
    }

    /// <summary>How many envelopes wait for the window to close.</summary>
    public int Pending
    {
        get
        {
            lock (_gate)
            {
                return _pending.Count;
            }
        }
    }

    /// <summary>Adds envelopes (in version order) to the open window, opening one if none is.</summary>
    public void Add(IReadOnlyList<SerializedEnvelope> envelopes)
    {
        ArgumentNullException.ThrowIfNull(envelopes);
        lock (_gate)
        {
            _pending.AddRange(envelopes);
            _timer ??= _time.CreateTimer(static state => ((AudienceWindow)state!).Flush(), this, _length, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>Sends what the window holds now, as one frame.</summary>
    public void Flush()
    {
        lock (_sending)
        {
            List<SerializedEnvelope> batch;
            lock (_gate)
            {
                batch = _pending;
                _pending = [];
                _timer?.Dispose();
                _timer = null;
            }
            if (batch.Count > 0)
            {
                _send(EnvelopeFrame.Of(batch));
            }
        }
    }

    /// <summary>Sends what is pending and stops the timer.</summary>
    public void Dispose() => Flush();
}
