using System.Text.Json;
using ConsultHub.Domain.Model;
using ConsultHub.Testing.Client;
using ConsultHub.Testing.Fixtures;
using ConsultHub.Web.Tests.Fixtures;

namespace ConsultHub.Web.Tests.SiloHost;

/// <summary>
/// SPEC "Guarantees": restarting the host restores every consultation exactly. A rich consultation
/// (pending, merged, hidden and pinned points, polls open and closed, a queue, a running turn, a
/// removal) is taken through several snapshots, the host is killed when quiet, and every role's
/// view after the restart must be byte-for-byte the view before.
/// </summary>
public sealed class SiloHostRestoreTests : IAsyncLifetime
{
    private const string OrganizerKey = "restore-test-organizer-key-0123456789";
    private const int SnapshotEvery = 8;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly Scratch _scratch = new("restore");
    private readonly Owned _owned = new();

    [Fact]
    public async Task Kill9_WhenQuiet_RestoresEveryViewExactly_AcrossSnapshots()
    {
        var database = _scratch.File("hub.db");
        var first = await StartAsync(database);
        using var firstHttp = new HttpClient { BaseAddress = first.Address };
        var api = new ConsultationApi(firstHttp);
        var keys = await api.CreateAsync(OrganizerKey, new ConsultationSettings
        {
            Title = "Restore drill", Region = "Americas", TimeZone = "America/New_York", Themes = ["data", "capacity"],
            ModerationMode = ModerationMode.Premoderated, SpeakingLimitSeconds = 900, QueuePolicy = QueuePolicy.Balanced,
        });
        var amina = await api.JoinAsync(keys.Id, keys.JoinCode, "Amina", StakeholderGroup.CivilSociety, "KE");
        var bruno = await api.JoinAsync(keys.Id, keys.JoinCode, "Bruno", StakeholderGroup.Academia, "BR");
        var chie = await api.JoinAsync(keys.Id, keys.JoinCode, "Chie", StakeholderGroup.PrivateSector, "JP");
        var moderator = await ConnectAsync(first, keys.ModeratorKey);
        var a = await WatchingAsync(first, amina.Token, keys.Id);
        var b = await WatchingAsync(first, bruno.Token, keys.Id);
        var c = await WatchingAsync(first, chie.Token, keys.Id);
        await RunScriptAsync(keys.Id, moderator, (a, amina.ParticipantId), (b, bruno.ParticipantId), (c, chie.ParticipantId));
        foreach (var participant in new[] { a, b, c })
        {
            await participant.DisposeAsync();
        }
        await NobodyConnectedAsync(api, keys);
        var before = await ViewsAsync(api, keys, amina.Token);

        await first.KillAsync();
        var second = await StartAsync(database);
        using var secondHttp = new HttpClient { BaseAddress = second.Address };
        var after = await ViewsAsync(new ConsultationApi(secondHttp), keys, amina.Token);

        Assert.True(before.Moderator.GetProperty("version").GetInt64() > 3 * SnapshotEvery, "The script should cross several snapshots.");
        Assert.Equal(before.Moderator.GetRawText(), after.Moderator.GetRawText());
        Assert.Equal(before.Observer.GetRawText(), after.Observer.GetRawText());
        Assert.Equal(before.Participant.GetRawText(), after.Participant.GetRawText());
    }

    /// <inheritdoc/>
    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>Closes clients and kills whatever host is still running, even when the test failed half-way.</summary>
    public async Task DisposeAsync()
    {
        await _owned.DisposeAsync();
        _scratch.Dispose();
    }

    private static async Task RunScriptAsync(string id, HubClient moderator, (HubClient Client, string Id) a, (HubClient Client, string Id) b, (HubClient Client, string Id) c)
    {
        await moderator.SendPacedAsync("Start", [id]);
        await a.Client.SendPacedAsync("PostPoint", [id, "recommendation", "Fund regional data centres.", "data"]);
        await moderator.SendPacedAsync("ApprovePoint", [id, "P1"]);
        await b.Client.SendPacedAsync("PostPoint", [id, "challenge", "Still waiting for approval.", null]);
        await c.Client.SendPacedAsync("PostPoint", [id, "observation", "Regional centres, again.", "capacity"]);
        await moderator.SendPacedAsync("ApprovePoint", [id, "P3"]);
        await moderator.SendPacedAsync("CapturePoint", [id, "question", "Who pays for the centres?", null, a.Id]);
        await moderator.SendPacedAsync("CapturePoint", [id, "observation", "Hidden later.", null, null]);
        await b.Client.SendPacedAsync("Upvote", [id, "P1"]);
        await c.Client.SendPacedAsync("Upvote", [id, "P1"]);
        await a.Client.SendPacedAsync("Upvote", [id, "P3"]);
        await b.Client.SendPacedAsync("Upvote", [id, "P3"]);
        await moderator.SendPacedAsync("MergePoints", [id, "P3", "P1"]);
        await moderator.SendPacedAsync("PinPoint", [id, "P1", true]);
        await moderator.SendPacedAsync("SetPointTheme", [id, "P4", "capacity"]);
        await moderator.SendPacedAsync("HidePoint", [id, "P5", "Off topic."]);
        await moderator.SendPacedAsync("OpenPoll", [id, "Support article 4?", new[] { "yes", "no", "abstain" }, false]);
        await a.Client.SendPacedAsync("Vote", [id, "Q1", 0]);
        await b.Client.SendPacedAsync("Vote", [id, "Q1", 1]);
        await c.Client.SendPacedAsync("Vote", [id, "Q1", 2]);
        await c.Client.SendPacedAsync("Vote", [id, "Q1", 0]);
        await moderator.SendPacedAsync("OpenPoll", [id, "Extend the deadline?", new[] { "yes", "no" }, true]);
        await a.Client.SendPacedAsync("Vote", [id, "Q2", 1]);
        await moderator.SendPacedAsync("ClosePoll", [id, "Q2"]);
        await a.Client.SendPacedAsync("RaiseHand", [id, "speak"]);
        await b.Client.SendPacedAsync("RaiseHand", [id, "reply"]);
        await c.Client.SendPacedAsync("RaiseHand", [id, "point-of-order"]);
        await moderator.SendPacedAsync("MoveHand", [id, a.Id, 1]);
        await moderator.SendPacedAsync("GiveFloor", [id, null]);
        await moderator.SendPacedAsync("EndTurn", [id]);
        await moderator.SendPacedAsync("RemoveParticipant", [id, b.Id, "Left the meeting."]);
        await moderator.SendPacedAsync("GiveFloor", [id, null]);
        await a.Client.SendPacedAsync("RaiseHand", [id, "speak"]);
    }

    private static async Task NobodyConnectedAsync(ConsultationApi api, ConsultationKeys keys)
    {
        var deadline = DateTime.UtcNow + Waits.Short;
        while (true)
        {
            var view = await api.GetViewAsync(keys.Id, keys.ModeratorKey);
            if (view.GetProperty("participants").EnumerateArray().All(p => !p.GetProperty("connected").GetBoolean()))
            {
                return;
            }
            Assert.True(DateTime.UtcNow < deadline, "Participants still show as connected after closing their connections.");
            await Task.Delay(50);
        }
    }

    private static async Task<(JsonElement Moderator, JsonElement Observer, JsonElement Participant)> ViewsAsync(ConsultationApi api, ConsultationKeys keys, string participantToken) =>
        (await api.GetViewAsync(keys.Id, keys.ModeratorKey), await api.GetViewAsync(keys.Id), await api.GetViewAsync(keys.Id, participantToken));

    private async Task<HostProcess> StartAsync(string database) =>
        _owned.Add(await HostProcess.StartAsync(_scratch.Path, StartTimeout,
            [$"--Hub:OrganizerKey={OrganizerKey}", $"--Storage:Sqlite:Path={database}", $"--Hub:SnapshotEvery={SnapshotEvery}"]));

    private async Task<HubClient> ConnectAsync(HostProcess host, string credential) =>
        _owned.Add(await HubClient.ConnectAsync(host.Address, credential));

    private async Task<HubClient> WatchingAsync(HostProcess host, string token, string id)
    {
        var client = await ConnectAsync(host, token);
        await client.WatchAsync(id);
        return client;
    }
}
