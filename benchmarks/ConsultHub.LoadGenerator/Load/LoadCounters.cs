namespace ConsultHub.LoadGenerator.Load;

/// <summary>Run-wide counters, read by the progress display and reset per step.</summary>
public sealed class LoadCounters
{
    private long _sent, _accepted, _refused, _errors, _deliveries, _deliveryBytes, _duplicates, _gaps, _dropped, _connections;

    /// <summary>Commands sent.</summary>
    public long Sent => Interlocked.Read(ref _sent);
    /// <summary>Commands accepted.</summary>
    public long Accepted => Interlocked.Read(ref _accepted);
    /// <summary>Commands refused with a code.</summary>
    public long Refused => Interlocked.Read(ref _refused);
    /// <summary>Commands that failed without a reply (transport).</summary>
    public long Errors => Interlocked.Read(ref _errors);
    /// <summary>Event messages received.</summary>
    public long Deliveries => Interlocked.Read(ref _deliveries);
    /// <summary>Bytes of event messages received.</summary>
    public long DeliveryBytes => Interlocked.Read(ref _deliveryBytes);
    /// <summary>Versions received twice.</summary>
    public long Duplicates => Interlocked.Read(ref _duplicates);
    /// <summary>Versions skipped.</summary>
    public long Gaps => Interlocked.Read(ref _gaps);
    /// <summary>Connections the server closed.</summary>
    public long DroppedConnections => Interlocked.Read(ref _dropped);
    /// <summary>Open connections.</summary>
    public long Connections => Interlocked.Read(ref _connections);

    /// <summary>Commands sent and not answered yet.</summary>
    public long Outstanding => Sent - Accepted - Refused - Errors;

    /// <summary>Refusals by code.</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, long> RefusedByCode { get; } = new();

    internal void CommandSent() => Interlocked.Increment(ref _sent);
    internal void CommandAccepted() => Interlocked.Increment(ref _accepted);
    internal void CommandRefused(string code)
    {
        Interlocked.Increment(ref _refused);
        RefusedByCode.AddOrUpdate(code, 1, (_, n) => n + 1);
    }
    internal void CommandFailed() => Interlocked.Increment(ref _errors);
    internal void Delivered(int bytes)
    {
        Interlocked.Increment(ref _deliveries);
        Interlocked.Add(ref _deliveryBytes, bytes);
    }
    internal void Duplicate() => Interlocked.Increment(ref _duplicates);
    internal void Gap(long versions) => Interlocked.Add(ref _gaps, versions);
    internal void Dropped() => Interlocked.Increment(ref _dropped);
    internal void Opened() => Interlocked.Increment(ref _connections);
    internal void Closed() => Interlocked.Decrement(ref _connections);
}
