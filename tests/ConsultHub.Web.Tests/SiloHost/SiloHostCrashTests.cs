using System.Collections.Concurrent;
using System.Text.Json;
using ConsultHub.Domain.Model;
using ConsultHub.Testing.Client;
using ConsultHub.Testing.Fixtures;
using Microsoft.AspNetCore.SignalR;

namespace ConsultHub.Web.Tests.SiloHost;

/// <summary>
/// SPEC "Guarantees": a command is acknowledged only after its events are durable, so a kill -9 of
/// the host loses nothing acknowledged and a restart restores the consultation.
/// </summary>
public sealed class SiloHostCrashTests : IAsyncLifetime
{
    private const string OrganizerKey = "crash-test-organizer-key-0123456789";
    private const int AcknowledgedBeforeKill = 80;
    private const int PointsPerParticipant = 5;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly Scratch _scratch = new("crash");
    private readonly Owned _owned = new();
    private readonly ConcurrentQueue<Acknowledged> _acknowledged = new();
    private readonly TaskCompletionSource _enough = new(TaskCreationOptions.RunContinuationsAsynchronously);

    [Fact]
    public async Task Kill9_WhileAcknowledging_LosesNothingAcknowledged()
    {
        var database = _scratch.File("hub.db");
        var first = await StartAsync(database);
        using var firstHttp = new HttpClient { BaseAddress = first.Address };
        var keys = await new ConsultationApi(firstHttp).CreateAsync(OrganizerKey,
            new ConsultationSettings { Title = "Crash drill", Region = "Europe", TimeZone = "Europe/Vienna" });
        var senders = new List<Task>();
        foreach (var name in new[] { "Amina", "Kofi", "Lena" })
        {
            var joined = await new ConsultationApi(firstHttp).JoinAsync(keys.Id, keys.JoinCode, name, StakeholderGroup.CivilSociety);
            var participant = await ConnectAsync(first, joined.Token);
            await participant.WatchAsync(keys.Id);
            senders.Add(Task.Run(() => ParticipateAsync(participant, keys.Id, name)));
        }
        var moderator = await ConnectAsync(first, keys.ModeratorKey);
        senders.Add(Task.Run(() => CaptureAsync(moderator, keys.Id)));

        await _enough.Task.WaitAsync(TimeSpan.FromSeconds(60));
        await first.KillAsync();
        await Task.WhenAll(senders).WaitAsync(TimeSpan.FromSeconds(30));

        var second = await StartAsync(database);
        using var secondHttp = new HttpClient { BaseAddress = second.Address };
        var view = await SettledViewAsync(new ConsultationApi(secondHttp), keys);
        var restored = view.GetProperty("points").EnumerateArray().ToDictionary(p => p.GetProperty("id").GetString()!, p => p.GetProperty("text").GetString());
        var acknowledged = _acknowledged.ToList();
        Assert.True(acknowledged.Count >= AcknowledgedBeforeKill, $"Only {acknowledged.Count} commands were acknowledged before the kill.");
        Assert.Equal(acknowledged.Count, acknowledged.Select(a => a.Version).Distinct().Count());
        var version = view.GetProperty("version").GetInt64();
        Assert.True(version >= acknowledged.Max(a => a.Version), $"Restored version {version} is behind the acknowledged {acknowledged.Max(a => a.Version)}.");
        foreach (var point in acknowledged.Where(a => a.PointId is not null))
        {
            Assert.True(restored.TryGetValue(point.PointId!, out var text), $"Acknowledged point {point.PointId} (version {point.Version}) was lost.");
            Assert.Equal(point.Text, text);
        }
        var next = await (await ConnectAsync(second, keys.ModeratorKey)).SendAsync("CapturePoint", keys.Id, "observation", "After the restart.", null, null);
        Assert.Equal(version + 1, next.Version);
    }

    /// <inheritdoc/>
    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>
    /// The view once the reactivated grain's presence settle has passed: nobody is connected to a
    /// host that just started, as no silo reported anyone live.
    /// </summary>
    private static async Task<JsonElement> SettledViewAsync(ConsultationApi api, ConsultationKeys keys)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (true)
        {
            var view = await api.GetViewAsync(keys.Id, keys.ModeratorKey);
            if (view.GetProperty("participants").EnumerateArray().All(p => !p.GetProperty("connected").GetBoolean()))
            {
                return view;
            }
            Assert.True(DateTime.UtcNow < deadline, "Participants still show as connected well after the host restarted.");
            await Task.Delay(100);
        }
    }

    /// <summary>Closes clients and kills whatever host is still running, even when the test failed half-way.</summary>
    public async Task DisposeAsync()
    {
        await _owned.DisposeAsync();
        _scratch.Dispose();
    }

    private async Task<HostProcess> StartAsync(string database, params string[] settings) =>
        _owned.Add(await HostProcess.StartAsync(_scratch.Path, StartTimeout, [$"--Hub:OrganizerKey={OrganizerKey}", $"--Storage:Sqlite:Path={database}", .. settings]));

    private async Task<HubClient> ConnectAsync(HostProcess host, string credential) =>
        _owned.Add(await HubClient.ConnectAsync(host.Address, credential));

    /// <summary>Raises and lowers a hand, posting a point every few commands, until the host goes away.</summary>
    private async Task ParticipateAsync(HubClient participant, string id, string name)
    {
        var (raised, posted) = (false, 0);
        for (var i = 0; ; i++)
        {
            try
            {
                if (i % 4 == 3 && posted < PointsPerParticipant)
                {
                    var text = $"{name} point {++posted}.";
                    Record(await participant.SendPacedAsync("PostPoint", [id, "recommendation", text, null]), text);
                }
                else
                {
                    Record(raised ? await participant.SendPacedAsync("LowerHand", [id]) : await participant.SendPacedAsync("RaiseHand", [id, "speak"]), null);
                    raised = !raised;
                }
            }
            catch (HubException ex) when (HubErrors.Code(ex) is "conflict")
            {
                raised = !raised;
            }
            catch (Exception)
            {
                return;
            }
        }
    }

    /// <summary>Captures points for the floor until the host goes away.</summary>
    private async Task CaptureAsync(HubClient moderator, string id)
    {
        for (var i = 0; ; i++)
        {
            var text = $"Captured point {i}.";
            try
            {
                Record(await moderator.SendPacedAsync("CapturePoint", [id, "observation", text, null, null]), text);
            }
            catch (Exception)
            {
                return;
            }
        }
    }

    private void Record(HubReply reply, string? text)
    {
        _acknowledged.Enqueue(new Acknowledged(reply.Version, text is null ? null : reply.Id, text));
        if (_acknowledged.Count >= AcknowledgedBeforeKill)
        {
            _enough.TrySetResult();
        }
    }

    private sealed record Acknowledged(long Version, string? PointId, string? Text);
}
