using System.Text.Json;
using ConsultHub.Domain.Commands;
using ConsultHub.Domain.Model;
using ConsultHub.Domain.Serialization;
using ConsultHub.Domain.Views;
using ConsultHub.Grains.Consultations;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace ConsultHub.Grains.Tests.Consultations;

/// <summary>Each audience's envelope is shaped when first asked for, once, and all of them cross to another silo.</summary>
public sealed class CommittedEventTests
{
    [Fact]
    public async Task AnAudiencesEnvelope_IsShapedOnce_AndSharedByEveryAsker()
    {
        await using var host = await ConsultationHost.StartAsync();
        var (_, posted) = await PendingPointAsync(host);

        var asks = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => posted.For(Audience.Participant))));

        Assert.All(asks, envelope => Assert.Same(asks[0], envelope));
        Assert.NotSame(posted.For(Audience.Moderator), posted.For(Audience.Participant));
    }

    [Fact]
    public async Task CrossingSilos_CarriesEveryAudiencesOwnShape()
    {
        await using var host = await ConsultationHost.StartAsync();
        var (consultation, posted) = await PendingPointAsync(host);
        var serializer = host.Silo.Services.GetRequiredService<Serializer>();

        var back = serializer.Deserialize<CommittedEvent>(serializer.SerializeToArray(posted))!;

        Assert.NotSame(posted, back);
        Assert.Equal((consultation.Id, posted.Version, posted.Event), (back.ConsultationId, back.Version, back.Event));
        foreach (var audience in Enum.GetValues<Audience>())
        {
            Assert.Equal(Json(posted.For(audience)), Json(back.For(audience)));
        }
        // A pending point's text reaches moderators only, so the shapes really differ by audience.
        Assert.Equal(EventTypeNames.Of(posted.Event), back.For(Audience.Moderator).Type);
        Assert.Equal(ProjectedEvent.PrivateType, back.For(Audience.Observer).Type);
    }

    /// <summary>A premoderated consultation where Alice posted a point that waits for approval.</summary>
    private static async Task<(TestConsultation Consultation, CommittedEvent Posted)> PendingPointAsync(ConsultationHost host)
    {
        var consultation = await host.CreateAsync(configure: s => s with { ModerationMode = ModerationMode.Premoderated });
        var alice = await consultation.JoinAsync("Alice");
        var version = (await consultation.ExecuteAsync(alice, new PostPoint(PointKind.Challenge, "Publish the annex")).ShouldBeAcceptedAsync()).Version;
        return (consultation, host.Notifier.Events.Single(e => e.ConsultationId == consultation.Id && e.Version == version));
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, DomainJson.Options);
}
