using ConsultHub.LoadGenerator.SignalR;

namespace ConsultHub.LoadGenerator.Load;

/// <summary>
/// One connection's view of a consultation's event stream: every version must arrive exactly once
/// and in order. Events before the Watch reply are held, then those the reply's version already
/// covers are dropped, as the browser contract says.
/// </summary>
public sealed class Watcher(SimConsultation consultation, LoadCounters counters) : IHubEvents
{
    private List<(long Version, long Timestamp)>? _early = [];
    private long _last = -1;
    private long _watched = long.MaxValue;

    /// <summary>The connection, once open.</summary>
    public HubSocket? Socket { get; set; }

    /// <summary>The last version received in order.</summary>
    public long Last => Volatile.Read(ref _last);

    /// <summary>Whether the connection closed.</summary>
    public bool Closed { get; private set; }

    /// <summary>Runs on the receive loop with the Watch reply: the view covers versions up to it.</summary>
    public void Watched(HubReply reply)
    {
        if (reply.Error is not null)
        {
            return;
        }
        Volatile.Write(ref _last, reply.Version);
        _watched = reply.Version;
        var early = _early!;
        _early = null;
        foreach (var (version, timestamp) in early)
        {
            if (version > reply.Version)
            {
                Accept(version, timestamp);
            }
        }
    }

    /// <inheritdoc/>
    public void OnEvent(long version, int frameBytes, long timestamp)
    {
        counters.Delivered(frameBytes);
        if (_early is { } early)
        {
            early.Add((version, timestamp));
            return;
        }
        Accept(version, timestamp);
    }

    /// <inheritdoc/>
    public void OnClosed(Exception? error)
    {
        Closed = true;
        counters.Closed();
        if (error is not null)
        {
            counters.Dropped();
        }
    }

    private void Accept(long version, long timestamp)
    {
        var last = _last;
        if (version <= _watched)
        {
            // The Watch reply's view already covers it: the reply may overtake an event that was
            // queued for this connection while Watch ran, and the contract says to drop it.
            return;
        }
        if (version <= last)
        {
            counters.Duplicate();
            return;
        }
        if (version > last + 1)
        {
            counters.Gap(version - last - 1);
        }
        Volatile.Write(ref _last, version);
        consultation.Board.Record(version, timestamp);
    }
}
