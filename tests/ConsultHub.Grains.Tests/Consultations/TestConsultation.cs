using System.Text.Json;
using ConsultHub.Domain.Commands;
using ConsultHub.Domain.Model;
using ConsultHub.Domain.Serialization;
using ConsultHub.Domain.Views;
using ConsultHub.Grains.Consultations;

namespace ConsultHub.Grains.Tests.Consultations;

/// <summary>
/// A consultation created on a <see cref="ConsultationHost"/>, with the secrets creation returned.
/// Grain references are taken from the host on every call, so the handle stays usable across restarts.
/// </summary>
public sealed class TestConsultation(ConsultationHost host, string id, string joinCode, string moderatorKey, string observerKey)
{
    public string Id => id;

    public string JoinCode => joinCode;

    public string ModeratorKey => moderatorKey;

    public string ObserverKey => observerKey;

    public IConsultationGrain Grain => host.Grain(id);

    public async Task<TestParticipant> JoinAsync(string displayName, StakeholderGroup group = StakeholderGroup.CivilSociety, string? country = "KE")
    {
        var joined = await Grain.JoinAsync(null, new JoinRequest(joinCode, displayName, null, group, country));
        joined.Outcome.ShouldBeAccepted();
        return new TestParticipant(joined.ParticipantId!, joined.Token!, displayName);
    }

    /// <summary>Joins and opens the participant's connection, as the hub does on their first Watch.</summary>
    public async Task<TestParticipant> JoinConnectedAsync(string displayName, StakeholderGroup group = StakeholderGroup.CivilSociety)
    {
        var participant = await JoinAsync(displayName, group);
        await host.NoticeAsync(id, participant.Token, participant.Id, connected: true).ShouldBeAcceptedAsync();
        return participant;
    }

    public Task<CommandOutcome> ExecuteAsync(string? credential, ConsultationCommand command) => Grain.ExecuteAsync(credential, command);

    public Task<CommandOutcome> ExecuteAsync(TestParticipant participant, ConsultationCommand command) => Grain.ExecuteAsync(participant.Token, command);

    /// <summary>Runs a command with the moderator key and asserts it was accepted.</summary>
    public Task<CommandOutcome> ModerateAsync(ConsultationCommand command) => Grain.ExecuteAsync(moderatorKey, command).ShouldBeAcceptedAsync();

    public Task<WatchResult> WatchAsync(string? credential, long? sinceVersion = null) => Grain.WatchAsync(credential, sinceVersion);

    /// <summary>The moderator's full view.</summary>
    public async Task<ConsultationView> ModeratorViewAsync()
    {
        var watched = await WatchAsync(moderatorKey);
        Assert.Null(watched.Code);
        return watched.View!;
    }

    /// <summary>The whole state as JSON, for comparing states structurally.</summary>
    public async Task<string> StateJsonAsync() => Json(await Grain.GetRecordAsync(moderatorKey) ?? throw new InvalidOperationException("No record."));

    public static string Json<T>(T value) => JsonSerializer.Serialize(value, DomainJson.Options);
}
