using ConsultHub.Testing.Client;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace ConsultHub.SiloHost.Tests.Cluster;

/// <summary>
/// A watcher that keeps its view as the web client's stream tracker does: events ahead of the next
/// version wait in a buffer, events at or below the view's version are dropped, and a hole that
/// outlives <see cref="GapPatience"/> is repaired with <c>Watch(id, version)</c> on the same
/// connection; after losing its silo it resumes by version on another. What it applies is in order
/// and once by construction; what a test checks is that it reached the head without a whole view
/// (<see cref="Views"/>), and what arrived on the way (<see cref="OutOfOrder"/>, <see cref="Dropped"/>,
/// <see cref="Resyncs"/>).
/// </summary>
public sealed class BrowserWatcher : IAsyncDisposable
{
    /// <summary>How long a hole may stay before a resync: events overtaking each other close their own holes.</summary>
    public static readonly TimeSpan GapPatience = TimeSpan.FromMilliseconds(500);

    private readonly Lock _gate = new();
    private readonly string _credential;
    private readonly string _consultationId;
    private readonly List<HubClient> _connections = [];
    private readonly SortedSet<long> _buffer = [];
    private readonly List<long> _applied = [];
    private readonly List<(long From, long To)> _views = [];
    private readonly CancellationTokenSource _stop = new();
    private long _held;
    private long _highestArrived;
    private DateTime? _gapSince;
    private Task _repair = Task.CompletedTask;

    private BrowserWatcher(string credential, string consultationId)
    {
        _credential = credential;
        _consultationId = consultationId;
    }

    /// <summary>The version of the first view.</summary>
    public long FromVersion { get; private set; }

    /// <summary>The version the view holds now.</summary>
    public long Held
    {
        get
        {
            lock (_gate)
            {
                return _held;
            }
        }
    }

    /// <summary>Events received, duplicates and stragglers included.</summary>
    public int Arrived { get; private set; }

    /// <summary>Events that arrived after a later version had arrived (out of order).</summary>
    public int OutOfOrder { get; private set; }

    /// <summary>Events dropped because the view already had them.</summary>
    public int Dropped { get; private set; }

    /// <summary>Resyncs with <c>Watch(id, version)</c> to close holes the stream left open.</summary>
    public int Resyncs { get; private set; }

    /// <summary>Why the last resync failed, if one did.</summary>
    public string? LastResyncError { get; private set; }

    /// <summary>Versions applied in the order applied, after the first view.</summary>
    public IReadOnlyList<long> Applied
    {
        get
        {
            lock (_gate)
            {
                return [.. _applied];
            }
        }
    }

    /// <summary>Jumps made by a whole view instead of events (from, to): none when every version was seen.</summary>
    public IReadOnlyList<(long From, long To)> Views
    {
        get
        {
            lock (_gate)
            {
                return [.. _views];
            }
        }
    }

    /// <summary>The connection in use; <see cref="HubClient.Closed"/> completes when its silo goes away.</summary>
    public HubClient Connection => _connections[^1];

    /// <summary>Connects to <paramref name="server"/> and watches from the current view.</summary>
    public static async Task<BrowserWatcher> StartAsync(Uri server, string credential, string consultationId)
    {
        var watcher = new BrowserWatcher(credential, consultationId);
        var client = await watcher.ConnectAsync(server);
        var reply = await client.WatchAsync(consultationId);
        watcher.FromVersion = reply.Version;
        watcher.Fold(reply);
        watcher._repair = Task.Run(watcher.RepairLoopAsync);
        return watcher;
    }

    /// <summary>Reconnects to <paramref name="server"/> and resumes with <c>Watch(id, held)</c>; returns the reply.</summary>
    public async Task<WatchReply> ResumeAsync(Uri server)
    {
        var client = await ConnectAsync(server);
        var reply = await client.WatchAsync(_consultationId, Held);
        Fold(reply);
        return reply;
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _repair.ContinueWith(_ => { }, TaskScheduler.Default);
        foreach (var connection in _connections)
        {
            await connection.DisposeAsync();
        }
        _stop.Dispose();
    }

    private async Task<HubClient> ConnectAsync(Uri server)
    {
        var client = await HubClient.ConnectAsync(server, _credential);
        client.Connection.On<HubEvent>("Event", e => Receive(e.Version));
        client.Connection.On<HubEvent[]>("Events", events => Array.ForEach(events, e => Receive(e.Version)));
        _connections.Add(client);
        return client;
    }

    private void Receive(long version)
    {
        lock (_gate)
        {
            Arrived++;
            if (version < _highestArrived)
            {
                OutOfOrder++;
            }
            _highestArrived = Math.Max(_highestArrived, version);
            if (version <= _held || !_buffer.Add(version))
            {
                Dropped++;
                return;
            }
            Drain();
        }
    }

    private void Fold(WatchReply reply)
    {
        lock (_gate)
        {
            foreach (var e in reply.Events ?? [])
            {
                if (e.Version > _held)
                {
                    _buffer.Add(e.Version);
                }
            }
            if (reply.Events is null && reply.Version > _held)
            {
                if (_applied.Count > 0 || _held > 0)
                {
                    _views.Add((_held, reply.Version));
                }
                _held = reply.Version;
                _buffer.RemoveWhere(v => v <= _held);
            }
            Drain();
        }
    }

    /// <summary>Applies buffered versions that follow the view; notes when a hole opened. Called under the gate.</summary>
    private void Drain()
    {
        while (_buffer.Count > 0 && _buffer.Min == _held + 1)
        {
            _held++;
            _applied.Add(_held);
            _buffer.Remove(_held);
        }
        _gapSince = _buffer.Count == 0 ? null : _gapSince ?? DateTime.UtcNow;
    }

    private async Task RepairLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(100, _stop.Token);
                long since;
                lock (_gate)
                {
                    if (_gapSince is not { } opened || DateTime.UtcNow - opened < GapPatience)
                    {
                        continue;
                    }
                    since = _held;
                }
                var reply = await Connection.WatchAsync(_consultationId, since, _stop.Token);
                Resyncs++;
                Fold(reply);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (Exception ex)
            {
                // A connection being replaced, or a consultation failing over: the next round tries again.
                LastResyncError = ex.GetType().Name + ": " + ex.Message;
            }
        }
    }
}
