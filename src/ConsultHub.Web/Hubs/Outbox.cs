using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR;

namespace ConsultHub.Web.Hubs;

/// <summary>
/// One connection's queue of outgoing events, drained in order by one pump. The grain only
/// enqueues, so a client that stops reading slows nobody else; when its queue is full the
/// connection is dropped (it resumes with Watch(id, lastVersion) when it comes back).
/// </summary>
public sealed class Outbox
{
    private readonly Channel<SerializedEnvelope> _queue;
    private readonly HubCallerContext _connection;
    private readonly IConsultationClient _client;

    /// <summary>Starts the pump for a connection.</summary>
    public Outbox(HubCallerContext connection, IConsultationClient client, int capacity)
    {
        _connection = connection;
        _client = client;
        _queue = Channel.CreateBounded<SerializedEnvelope>(new BoundedChannelOptions(capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
        Pump = Task.Run(PumpAsync);
    }

    /// <summary>The connection's id.</summary>
    public string ConnectionId => _connection.ConnectionId;

    /// <summary>The pump's task (completes once the outbox is closed and drained).</summary>
    public Task Pump { get; }

    /// <summary>Queues an event; a full queue drops the connection.</summary>
    public bool Enqueue(SerializedEnvelope envelope)
    {
        if (_queue.Writer.TryWrite(envelope))
        {
            return true;
        }
        _queue.Writer.TryComplete();
        _connection.Abort();
        return false;
    }

    /// <summary>Sends a message outside the event order (removal notices) and closes.</summary>
    public async Task RemoveAsync(string consultationId)
    {
        _queue.Writer.TryComplete();
        await Pump;
        await _client.Removed(consultationId);
        _connection.Abort();
    }

    /// <summary>Stops the pump.</summary>
    public void Close() => _queue.Writer.TryComplete();

    private async Task PumpAsync()
    {
        try
        {
            await foreach (var envelope in _queue.Reader.ReadAllAsync(_connection.ConnectionAborted))
            {
                await _client.Event(envelope);
            }
        }
        catch (OperationCanceledException)
        {
            // The connection went away; its watcher resumes by version when it returns.
        }
    }
}
