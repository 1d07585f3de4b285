using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace ConsultHub.BaselineHost;

/// <summary>
/// Consecutive versions per consultation and one group send per audience. The version is taken
/// and the sends are started under the consultation's lock, so each connection's writes queue in
/// version order (SignalR's per-connection write lock is first come, first served).
/// </summary>
public sealed class Broadcaster(IHubContext<BaselineHub> hub, IOptions<BaselineOptions> options)
{
    private static readonly string[] Audiences = ["moderator", "participant", "observer"];
    private readonly ConcurrentDictionary<string, Counter> _versions = new(StringComparer.Ordinal);
    private readonly string _padding = new('x', options.Value.PaddingBytes);

    /// <summary>The SignalR group of an audience of a consultation.</summary>
    public static string Group(string id, string audience) => $"{id}/{audience}";

    /// <summary>The consultation's current version.</summary>
    public long Version(string id) => _versions.GetOrAdd(id, _ => new Counter()).Value;

    /// <summary>Sends the next version to every audience; replies once the sends are queued.</summary>
    public async Task<Reply> BroadcastAsync(string id, string type, string? createdPrefix)
    {
        var counter = _versions.GetOrAdd(id, _ => new Counter());
        Task[] sends = new Task[Audiences.Length];
        long version;
        lock (counter)
        {
            version = ++counter.Value;
            var at = DateTimeOffset.UtcNow;
            for (var i = 0; i < Audiences.Length; i++)
            {
                sends[i] = hub.Clients.Group(Group(id, Audiences[i])).SendAsync("Event", Envelope.Of(id, version, type, at, _padding, version));
            }
        }
        await Task.WhenAll(sends);
        return new Reply(version, createdPrefix is null ? null : $"{createdPrefix}{version}");
    }

    private sealed class Counter
    {
        public long Value;
    }
}
