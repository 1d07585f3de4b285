using System.Collections.Concurrent;
using System.Diagnostics;
using ConsultHub.Testing.Client;
using Microsoft.AspNetCore.SignalR.Client;

namespace ConsultHub.SiloHost.Tests.Fixtures;

/// <summary>
/// A browser watching a consultation: it starts from the view, records every event version it
/// receives (and when, for latency), and after losing its host resumes with
/// <c>Watch(id, lastVersion)</c> as the web client does.
/// </summary>
public sealed class Watcher : IAsyncDisposable
{
    private readonly List<HubClient> _connections = [];
    private readonly List<long> _versions = [];
    private readonly List<(bool View, long Version)> _timeline = [];
    private readonly ConcurrentDictionary<long, long> _arrivals = new();
    private readonly string _credential;
    private readonly string _consultationId;

    private Watcher(string credential, string consultationId)
    {
        _credential = credential;
        _consultationId = consultationId;
    }

    /// <summary>The version of the view the watcher started from.</summary>
    public long FromVersion { get; private set; }

    /// <summary>Every event version received, across connections, in arrival order.</summary>
    public IReadOnlyList<long> Versions
    {
        get
        {
            lock (_versions)
            {
                return [.. _versions];
            }
        }
    }

    /// <summary>The newest version the watcher holds (its view's, or its last event's).</summary>
    public long LastVersion => Math.Max(FromVersion, Versions.DefaultIfEmpty(0).Max());

    /// <summary>When each version arrived (<see cref="Stopwatch.GetTimestamp"/>).</summary>
    public IReadOnlyDictionary<long, long> Arrivals => _arrivals;

    /// <summary>The current connection; completes <see cref="HubClient.Closed"/> when it goes away.</summary>
    public HubClient Connection => _connections[^1];

    /// <summary>Connects with <paramref name="credential"/> and watches from the current view.</summary>
    public static async Task<Watcher> StartAsync(Uri server, string credential, string consultationId)
    {
        var watcher = new Watcher(credential, consultationId);
        var reply = await (await watcher.ConnectAsync(server)).WatchAsync(consultationId);
        watcher.FromVersion = reply.Version;
        watcher.RecordView(reply.Version);
        return watcher;
    }

    /// <summary>
    /// Reconnects to <paramref name="server"/> and calls <c>Watch(id, lastVersion)</c>; the missed events
    /// the reply carries are recorded like live ones. Returns the reply.
    /// </summary>
    public async Task<WatchReply> ResumeAsync(Uri server)
    {
        var since = LastVersion;
        var reply = await (await ConnectAsync(server)).WatchAsync(_consultationId, since);
        if (reply.Events is null)
        {
            ResumedWithView++;
            RecordView(reply.Version);
        }
        foreach (var missed in reply.Events ?? [])
        {
            Record(missed.Version);
        }
        return reply;
    }

    /// <summary>Closes the connection, as a phone that enters a tunnel; <see cref="ResumeAsync"/> comes back.</summary>
    public Task LeaveAsync() => Connection.DisposeAsync().AsTask();

    /// <summary>How many resumes were answered with a whole view instead of the missed events.</summary>
    public int ResumedWithView { get; private set; }

    /// <summary>
    /// Replays what the watcher received as a browser applies it: a view sets the version it holds,
    /// an event one past it advances it, an event at or below it is a duplicate and one further on
    /// is a gap. Returns the version held at the end, the gaps and the duplicates.
    /// </summary>
    public (long Held, IReadOnlyList<string> Gaps, IReadOnlyList<long> Duplicates) Replay()
    {
        var (held, gaps, duplicates) = (0L, new List<string>(), new List<long>());
        lock (_versions)
        {
            foreach (var (view, version) in _timeline)
            {
                if (view)
                {
                    held = Math.Max(held, version);
                }
                else if (version <= held)
                {
                    duplicates.Add(version);
                }
                else
                {
                    if (version > held + 1)
                    {
                        gaps.Add($"{held + 1}..{version - 1}");
                    }
                    held = version;
                }
            }
        }
        return (held, gaps, duplicates);
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        foreach (var connection in _connections)
        {
            await connection.DisposeAsync();
        }
    }

    private async Task<HubClient> ConnectAsync(Uri server)
    {
        var client = await HubClient.ConnectAsync(server, _credential);
        client.Connection.On<HubEvent>("Event", e => Record(e.Version));
        client.Connection.On<HubEvent[]>("Events", events => Array.ForEach(events, e => Record(e.Version)));
        _connections.Add(client);
        return client;
    }

    private void Record(long version)
    {
        _arrivals.TryAdd(version, Stopwatch.GetTimestamp());
        lock (_versions)
        {
            _versions.Add(version);
            _timeline.Add((false, version));
        }
    }

    private void RecordView(long version)
    {
        lock (_versions)
        {
            _timeline.Add((true, version));
        }
    }
}
