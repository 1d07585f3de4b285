using System.Text.Json;
using ConsultHub.Testing.Client;
using Microsoft.AspNetCore.SignalR.Client;

namespace ConsultHub.Web.Tests.Wall;

/// <summary>
/// Keeps the wall the way a browser does: the <c>WatchWall</c> snapshot, then every <c>wall</c>
/// message's entries replacing older ones by version, a <c>closed</c> entry removing its consultation.
/// </summary>
public sealed class WallWatcher
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, JsonElement> _entries = new(StringComparer.Ordinal);
    private readonly List<(Func<IReadOnlyDictionary<string, JsonElement>, bool> Condition, TaskCompletionSource Met)> _waiters = [];
    private readonly HubClient _client;

    private WallWatcher(HubClient client)
    {
        _client = client;
        client.Connection.On<JsonElement>("Wall", update => Apply(update.GetProperty("consultations")));
    }

    /// <summary>Every <c>wall</c> message received.</summary>
    public int Messages { get; private set; }

    public static async Task<WallWatcher> WatchAsync(HubClient client)
    {
        var watcher = new WallWatcher(client);
        var snapshot = await client.Connection.InvokeAsync<JsonElement>("WatchWall");
        watcher.Apply(snapshot.GetProperty("consultations"), counts: false);
        return watcher;
    }

    public IReadOnlyDictionary<string, JsonElement> Entries
    {
        get
        {
            lock (_gate)
            {
                return new Dictionary<string, JsonElement>(_entries);
            }
        }
    }

    public Task WhenAsync(Func<IReadOnlyDictionary<string, JsonElement>, bool> condition, TimeSpan timeout)
    {
        var met = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (condition(_entries))
            {
                return Task.CompletedTask;
            }
            _waiters.Add((condition, met));
        }
        return met.Task.WaitAsync(timeout);
    }

    private void Apply(JsonElement entries, bool counts = true)
    {
        List<TaskCompletionSource> met;
        lock (_gate)
        {
            Messages += counts ? 1 : 0;
            foreach (var entry in entries.EnumerateArray())
            {
                var id = entry.GetProperty("consultationId").GetString()!;
                if (_entries.TryGetValue(id, out var held) && held.GetProperty("version").GetInt64() > entry.GetProperty("version").GetInt64())
                {
                    continue;
                }
                if (entry.GetProperty("status").GetString() == "closed")
                {
                    _entries.Remove(id);
                }
                else
                {
                    _entries[id] = entry.Clone();
                }
            }
            met = [.. _waiters.Where(w => w.Condition(_entries)).Select(w => w.Met)];
            _waiters.RemoveAll(w => met.Contains(w.Met));
        }
        met.ForEach(m => m.TrySetResult());
    }
}
