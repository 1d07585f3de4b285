using ConsultHub.Web.Telemetry;
using Microsoft.AspNetCore.SignalR;

namespace ConsultHub.Web.Hubs;

/// <summary>
/// One connection's queue of outgoing events, sent in order by at most one sender at a time. The
/// grain's publish writes straight to the connection while it keeps up (SignalR's write completes
/// at once unless the socket pushes back), so a delivery costs no thread-pool hop; once a write has
/// to wait, later events queue here and the waiting sender drains them. A client that stops
/// reading slows nobody else: when its queue is full the connection is dropped (it resumes with
/// Watch(id, lastVersion) when it comes back).
/// </summary>
public sealed class Outbox
{
    private readonly Lock _gate = new();
    private readonly Queue<SerializedEnvelope> _queue = new();
    private readonly HubCallerContext _connection;
    private readonly IConsultationClient _client;
    private readonly HubConnectionContext? _frames;
    private readonly int _capacity;
    private readonly HubMetrics? _metrics;
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

    /// <summary>Queues an event and, unless a send is under way, sends it now; a full queue drops the connection.</summary>
    public bool Enqueue(SerializedEnvelope envelope)
    {
        var overflow = false;
        lock (_gate)
        {
            if (_closed)
            {
                return false;
            }
            if (_queue.Count < _capacity)
            {
                _queue.Enqueue(envelope);
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

    /// <summary>Stops sending (the connection is gone).</summary>
    public void Close()
    {
        lock (_gate)
        {
            _closed = true;
            _queue.Clear();
        }
    }

    /// <summary>Runs synchronously on the publisher's thread until a write has to wait; then continues when it completes.</summary>
    private async Task SendAsync()
    {
        try
        {
            while (Next() is { } envelope)
            {
                var write = _frames is not null
                    ? _frames.WriteAsync(envelope.Message, _connection.ConnectionAborted)
                    : new ValueTask(_client.Event(envelope));
                if (!write.IsCompletedSuccessfully)
                {
                    await write;
                }
                _metrics?.FrameWritten(envelope.PublishedAt);
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

    private SerializedEnvelope? Next()
    {
        lock (_gate)
        {
            if (_queue.TryDequeue(out var envelope))
            {
                return envelope;
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
