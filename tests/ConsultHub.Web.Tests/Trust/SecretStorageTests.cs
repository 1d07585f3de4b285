using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ConsultHub.Domain.Model;
using ConsultHub.Domain.Serialization;
using ConsultHub.Grains.Consultations;
using ConsultHub.Storage;
using ConsultHub.Testing.Client;
using ConsultHub.Web.Tests.Fixtures;
using ConsultHub.Web.Tests.Trust.Fixtures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ConsultHub.Web.Tests.Trust;

/// <summary>
/// Keys and tokens are shown once and kept only as SHA-256 hashes: not in the journal's events, not in
/// its snapshots, not in the database files, not in the grain's state in memory.
/// </summary>
[Collection(OpenLimitsCollection.Name)]
public sealed class SecretStorageTests(OpenLimitsHost host)
{
    [Fact]
    public async Task StoredState_NeverHoldsARawKeyOrToken_OnlyTheirHashes()
    {
        var keys = await host.CreateConsultationAsync(s => s with { Visibility = Visibility.Private });
        var participants = new List<ParticipantToken>();
        for (var i = 0; i < 3; i++)
        {
            participants.Add(await host.Api.JoinAsync(keys.Id, keys.JoinCode, $"Person {i}", StakeholderGroup.Academia, "JP"));
        }
        using var seat = await host.Api.SendAsync(HttpMethod.Post, $"{ConsultationApi.ApiPath}/{keys.Id}/participants",
            ConsultationApi.Json(new { displayName = "Chair", stakeholderGroup = "international-organization" }), keys.ModeratorKey);
        participants.Add((await seat.Content.ReadFromJsonAsync<ParticipantToken>(DomainJson.Options))!);
        await using (var clients = new ClientPool(host.Address))
        {
            var moderator = await clients.ConnectAsync(keys.ModeratorKey);
            var member = await clients.ConnectAsync(participants[0].Token);
            await member.WatchAsync(keys.Id);
            await moderator.SendAsync("Start", keys.Id);
            for (var i = 0; i < 3; i++)
            {
                await member.SendAsync("PostPoint", keys.Id, "observation", $"Point {i}.", null);
            }
            await moderator.SendAsync("RemoveParticipant", keys.Id, participants[1].ParticipantId, null);
        }
        var options = host.Services.GetRequiredService<IOptions<ConsultationGrainOptions>>().Value;
        var secrets = new List<(string Name, string Value)>
        {
            ("moderator key", keys.ModeratorKey), ("observer key", keys.ObserverKey),
            ("organizer key", options.OrganizerKey), ("token-signing key", options.TokenSigningKey),
        };
        foreach (var (p, i) in participants.Select((p, i) => (p, i)))
        {
            var parts = p.Token.Split('.');
            secrets.AddRange([($"token {i}", p.Token), ($"token {i} nonce", parts[1]), ($"token {i} MAC", parts[2])]);
        }

        var journal = host.Services.GetRequiredService<IEventJournal>();
        var events = string.Join("\n", (await journal.ReadAsync(keys.Id, 0)).Select(r => $"{r.Type} {r.Data}"));
        var snapshot = (await journal.ReadSnapshotAsync(keys.Id))?.Data;
        var memory = JsonSerializer.Serialize(await host.Services.GetRequiredService<IGrainFactory>().GetGrain<IConsultationGrain>(keys.Id).GetRecordAsync(TrustHost.OrganizerKey), DomainJson.Options);
        var files = DatabaseFiles();

        Assert.NotNull(snapshot);
        Assert.Contains(Secrets.Hash(keys.ModeratorKey), events, StringComparison.Ordinal);
        Assert.Contains(Secrets.Hash(participants[0].Token.Split('.')[1]), events, StringComparison.Ordinal);
        Assert.Contains(Secrets.Hash(keys.ObserverKey), snapshot, StringComparison.Ordinal);
        Assert.Contains(Secrets.Hash(keys.ModeratorKey), memory, StringComparison.Ordinal);
        Assert.All(secrets, secret =>
        {
            Assert.False(events.Contains(secret.Value, StringComparison.Ordinal), $"The journal's events hold the {secret.Name}.");
            Assert.False(snapshot!.Contains(secret.Value, StringComparison.Ordinal), $"The snapshot holds the {secret.Name}.");
            Assert.False(memory.Contains(secret.Value, StringComparison.Ordinal), $"The grain's state holds the {secret.Name}.");
            Assert.All(files, file => Assert.False(file.Text.Contains(secret.Value, StringComparison.Ordinal), $"{file.Name} holds the {secret.Name}."));
        });
    }

    /// <summary>Every database file (main, WAL, shared memory) as Latin-1 text, so any stored byte sequence can be searched.</summary>
    private List<(string Name, string Text)> DatabaseFiles()
    {
        var files = Directory.GetFiles(host.DataDirectory, "hub.db*");
        Assert.NotEmpty(files);
        return [.. files.Select(path =>
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return (Path.GetFileName(path), Encoding.Latin1.GetString(copy.ToArray()));
        })];
    }
}
