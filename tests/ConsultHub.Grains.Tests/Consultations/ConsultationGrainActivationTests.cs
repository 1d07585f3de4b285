using System.Text.Json;
using ConsultHub.Domain.Commands;
using ConsultHub.Domain.Model;
using ConsultHub.Domain.Serialization;
using ConsultHub.Domain.Views;
using ConsultHub.Grains.Consultations;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace ConsultHub.Grains.Tests.Consultations;

/// <summary>What Orleans must give the hub: one activation per consultation, deadlines that outlive a restart, no copies inside the silo.</summary>
public sealed class ConsultationGrainActivationTests : StartedRoom
{
    [Fact]
    public async Task OneActivationPerConsultation()
    {
        await Host.RestartAsync(renew: false);

        // Forty callers at once, on a silo where nothing is active yet: ten post, thirty watch.
        var posts = Enumerable.Range(0, 10).Select(i => Task.Run(() =>
            Room.ExecuteAsync(i % 2 == 0 ? Alice : Bob, new PostPoint(PointKind.Observation, $"Point {i}")))).ToList();
        var watches = Enumerable.Range(0, 30).Select(_ => Task.Run(() => Room.WatchAsync(Room.ModeratorKey))).ToList();
        var outcomes = await Task.WhenAll(posts);
        await Task.WhenAll(watches);

        Assert.All(outcomes, o => o.ShouldBeAccepted());
        Assert.Equal(1, await Host.ActivationCountAsync());
        Assert.Equal(1, Host.Journal.SnapshotReads);
        Assert.Equal(10, outcomes.Select(o => o.Version).Distinct().Count());
    }

    [Fact]
    public async Task Reactivation_RearmsTimers()
    {
        await Room.ModerateAsync(new GiveFloor(Alice.Id));
        var given = Host.Time.GetUtcNow();
        Host.Time.Advance(TimeSpan.FromSeconds(60));

        // Nobody calls the consultation after the restart: the silo's start wakes it because it is live.
        await Host.RestartAsync(renew: false);
        await UntilAsync(async () => await Host.ActivationCountAsync() == 1);
        Host.Time.Advance(TimeSpan.FromSeconds(90));

        await UntilAsync(async () => (await Host.ReadJournalAsync(Room.Id))[^1].Type == "turn-warned");
        var warned = (await Host.ReadJournalAsync(Room.Id))[^1];
        Assert.Equal(given + TimeSpan.FromSeconds(150), warned.At);
    }

    [Fact]
    public async Task LocalCall_PassesDomainRecordsWithoutCopying()
    {
        var first = await Room.Grain.GetRecordAsync(Room.ModeratorKey);
        var second = await Room.Grain.GetRecordAsync(Room.ModeratorKey);

        Assert.NotNull(first);
        Assert.Same(first, second);
    }

    [Fact]
    public async Task BetweenSilos_DomainTypesAndMessagesTravelAsTheDomainsJson()
    {
        var serializer = Host.Silo.Services.GetRequiredService<Serializer>();
        var state = await Room.Grain.GetRecordAsync(Room.ModeratorKey);
        var watched = await Room.WatchAsync(Alice.Token);
        BatchedCommand command = new(Alice.Token, new PostPoint(PointKind.Recommendation, "Fund the registry", "data"));

        var stateBack = serializer.Deserialize<ConsultationState>(serializer.SerializeToArray(state));
        var watchedBack = serializer.Deserialize<WatchResult>(serializer.SerializeToArray(watched));
        var commandBack = serializer.Deserialize<BatchedCommand>(serializer.SerializeToArray(command));

        Assert.Equal(Json(state), Json(stateBack));
        Assert.Equal(Json(watched), Json(watchedBack));
        Assert.Equal(command, commandBack);
        Assert.NotSame(state, stateBack);
    }

    [Fact]
    public async Task BetweenSilos_AnEnvelopeCarryingTheQueue_TravelsAndReadsBack()
    {
        var serializer = Host.Silo.Services.GetRequiredService<Serializer>();
        (await Room.ExecuteAsync(Alice, new RaiseHand(HandIntent.Speak))).ShouldBeAccepted();
        var state = await Room.Grain.GetRecordAsync(Room.ModeratorKey);
        var envelope = new EventEnvelope(Room.Id, 9, "hand-raised", DateTimeOffset.UnixEpoch, null, null, ViewProjector.Queue(state!));

        var back = serializer.Deserialize<EventEnvelope>(serializer.SerializeToArray(envelope));

        Assert.NotNull(back);
        Assert.Equal(Alice.Id, Assert.Single(back.Queue!).ParticipantId);
        Assert.Equal(Json(envelope), Json(back));
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, DomainJson.Options);

    private static async Task UntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The condition did not come true in time.");
            await Task.Delay(20);
        }
    }
}
