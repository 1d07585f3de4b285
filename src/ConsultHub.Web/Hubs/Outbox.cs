using ConsultHub.Web.Telemetry;
using Microsoft.AspNetCore.SignalR;

namespace ConsultHub.Web.Hubs;

/// <summary>
/// One connection's queue of outgoing frames (each one or more events), sent in order by at most one sender at a time. The
/// grain's publish writes straight to the connection while it keeps up (SignalR's write completes
/// at once unless the socket pushes back), so a delivery costs no thread-pool hop; once a write has
/// to wait, later events queue here and the waiting sender drains them. A client that stops
/// reading slows nobody else: when its queue is full the connection is dropped (it resumes with
/// Watch(id, lastVersion) when it comes back).
/// </summary>
public sealed class Outbox
{
    private readonly Lock _gate = new();
    private readonly Queue<EnvelopeFrame> _queue = new();
    private readonly HubCallerContext _connection;
    private readonly IConsultationClient _client;
    private readonly HubConnectionContext? _frames;
    private readonly int _capacity;
    private readonly HubMetrics? _metrics;
    private int _queuedEvents;
    private bool _sending;
    private bool _closed;
    private TaskCompletionSource? _idle;

    /// <summary>An outbox for a connection; with <paramref name="frames"/>, events go out as pre-framed bytes.</summary>
    public Outbox(HubCallerContext connection, IConsultationClient client, int capacity, HubConnectionContext? frames = null, HubMetrics? metrics = null)
    {
        _connection = connection;
        _client = client;
        _capacity = capacity;
        _frames = frames;
        _metrics = metrics;
    }

    /// <summary>The connection's id.</summary>
    public string ConnectionId => _connection.ConnectionId;

    /// <summary>Queues one event and, unless a send is under way, sends it now; a full queue drops the connection.</summary>
    public bool Enqueue(SerializedEnvelope envelope) => Enqueue(EnvelopeFrame.Of(envelope));

    /// <summary>
    /// Queues a frame and, unless a send is under way, sends it now; a queue holding more than the
    /// capacity's events drops the connection.
    /// </summary>
    public bool Enqueue(EnvelopeFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var overflow = false;
        lock (_gate)
        {
            if (_closed)
            {
                return false;
            }
            if (_queuedEvents + frame.Envelopes.Count <= _capacity)
            {
                _queue.Enqueue(frame);
                _queuedEvents += frame.Envelopes.Count;
                if (_sending)
                {
                    return true;
                }
                _sending = true;
            }
            else
            {
                _closed = overflow = true;
                _queue.Clear();
                _queuedEvents = 0;
            }
        }
        if (overflow)
        {
            // SignalR's Abort alone waits for the write stuck on the full socket until its 10 s send
            // timeout; aborting the HTTP connection closes the socket (and frees its buffers) now.
            _connection.Abort();
            _connection.GetHttpContext()?.Abort();
            return false;
        }
        _ = SendAsync();
        return true;
    }

    /// <summary>Sends a message outside the event order (removal notices) after what is queued, and closes.</summary>
    public async Task RemoveAsync(string consultationId)
    {
        Task idle;
        lock (_gate)
        {
            _closed = true;
            idle = _sending ? (_idle ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task : Task.CompletedTask;
        }
        await idle;
        await _client.Removed(consultationId);
        _connection.Abort();
    }

    /// <summary>Completes when what is queued now has been written (at once when nothing is).</summary>
    public Task DrainAsync()
    {
        lock (_gate)
        {
            return _sending ? (_idle ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task : Task.CompletedTask;
        }
    }

    /// <summary>Stops sending (the connection is gone).</summary>
    public void Close()
    {
        lock (_gate)
        {
            _closed = true;
            _queue.Clear();
            _queuedEvents = 0;
        }
    }

    /// <summary>Runs synchronously on the publisher's thread until a write has to wait; then continues when it completes.</summary>
    private async Task SendAsync()
    {
        try
        {
            while (Next() is { } frame)
            {
                var write = _frames is not null
                    ? _frames.WriteAsync(frame.Message, _connection.ConnectionAborted)
                    : new ValueTask(frame.Envelopes.Count == 1 ? _client.Event(frame.Envelopes[0]) : _client.Events(frame.Envelopes));
                if (!write.IsCompletedSuccessfully)
                {
                    await write;
                }
                if (_metrics is not null)
                {
                    foreach (var envelope in frame.Envelopes)
                    {
                        _metrics.FrameWritten(envelope.PublishedAt);
                    }
                }
            }
        }
        catch (Exception)
        {
            // The connection went away (or broke); its watcher resumes by version when it returns.
            Close();
            Stopped();
            _connection.Abort();
        }
    }

    private EnvelopeFrame? Next()
    {
        lock (_gate)
        {
            if (_queue.TryDequeue(out var frame))
            {
                _queuedEvents -= frame.Envelopes.Count;
                return frame;
            }
            _sending = false;
            _idle?.TrySetResult();
            _idle = null;
            return null;
        }
    }

    private void Stopped()
    {
        lock (_gate)
        {
            _sending = false;
            _idle?.TrySetResult();
            _idle = null;
        }
    }
}
