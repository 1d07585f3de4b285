using System.Collections.Concurrent;
using ConsultHub.Testing.Client;
using ConsultHub.Web.Tests.Fixtures;

namespace ConsultHub.Web.Tests.Hubs;

/// <summary>
/// Events reach every watcher in version order, without gaps or duplicates, under concurrent
/// commands; a watcher that joins mid-stream need only drop what its view already covers.
/// </summary>
[Collection(HubServerCollection.Name)]
public sealed class ConsultationHubEventOrderTests(HubServer server)
{
    private const int CommandsPerSender = 50;

    [Fact]
    public async Task ConcurrentCommands_ReachEveryWatcher_InConsecutiveVersions()
    {
        await using var room = await Room.CreateAsync(server);
        var senders = new List<HubClient>();
        var watchers = new List<(string Name, HubClient Client, long From)>();
        foreach (var name in new[] { "Amina", "Kofi", "Lena" })
        {
            var (client, reply) = await room.WatchAsync((await room.JoinAsync(name)).Token);
            senders.Add(client);
            watchers.Add((name, client, reply.Version));
        }
        var (moderator, moderatorReply) = await room.WatchAsync(room.Keys.ModeratorKey);
        var (observer, observerReply) = await room.WatchAsync(null);
        watchers.Add(("moderator", moderator, moderatorReply.Version));
        watchers.Add(("observer", observer, observerReply.Version));
        var acknowledged = new ConcurrentBag<HubReply>();

        var sending = Task.WhenAll(senders.Select(p => RaiseAndLowerAsync(p, room.Id, acknowledged)).Append(CaptureAsync(moderator, room.Id, acknowledged)));
        while (acknowledged.Count < 2 * CommandsPerSender && !sending.IsCompleted)
        {
            await Task.Delay(10);
        }
        var (late, lateReply) = await room.WatchAsync(null);
        watchers.Add(("late observer", late, lateReply.Version));
        await sending;

        Assert.Equal(4 * CommandsPerSender, acknowledged.Count);
        Assert.Equal(acknowledged.Count, acknowledged.Select(a => a.Version).Distinct().Count());
        var last = acknowledged.Max(a => a.Version);
        Assert.Equal(last, await room.VersionAsync());
        foreach (var (name, client, from) in watchers)
        {
            await client.VersionAsync(last, Waits.Long);
            var versions = client.Events.Select(e => e.Version).Where(v => v > from).ToList();
            var expected = Enumerable.Range(1, (int)(last - from)).Select(i => from + i).ToList();
            Assert.True(expected.SequenceEqual(versions), $"{name} received [{Describe(versions)}], expected {from + 1}..{last}.");
            Assert.All(client.Events, e => Assert.Equal(room.Id, e.ConsultationId));
        }
    }

    private static async Task RaiseAndLowerAsync(HubClient participant, string id, ConcurrentBag<HubReply> acknowledged)
    {
        for (var i = 0; i < CommandsPerSender; i++)
        {
            acknowledged.Add(i % 2 == 0
                ? await participant.SendPacedAsync("RaiseHand", [id, "speak"])
                : await participant.SendPacedAsync("LowerHand", [id]));
        }
    }

    private static async Task CaptureAsync(HubClient moderator, string id, ConcurrentBag<HubReply> acknowledged)
    {
        for (var i = 0; i < CommandsPerSender; i++)
        {
            acknowledged.Add(await moderator.SendPacedAsync("CapturePoint", [id, "observation", $"Captured point {i}.", null, null]));
        }
    }

    /// <summary>Runs of consecutive versions, so a failure shows the gap or duplicate at a glance.</summary>
    private static string Describe(IReadOnlyList<long> versions)
    {
        var runs = new List<string>();
        for (var i = 0; i < versions.Count;)
        {
            var j = i;
            while (j + 1 < versions.Count && versions[j + 1] == versions[j] + 1)
            {
                j++;
            }
            runs.Add(i == j ? $"{versions[i]}" : $"{versions[i]}..{versions[j]}");
            i = j + 1;
        }
        return string.Join(", ", runs);
    }
}
