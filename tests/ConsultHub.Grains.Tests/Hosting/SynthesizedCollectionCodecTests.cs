using ConsultHub.Domain.Model;
using ConsultHub.Domain.Views;
using ConsultHub.Grains.Consultations;
using ConsultHub.Grains.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace ConsultHub.Grains.Tests.Hosting;

public sealed class SynthesizedCollectionCodecTests
{
    private static readonly Serializer Serializer = new ServiceCollection()
        .AddSerializer(builder => builder.AddConsultHubSerialization())
        .BuildServiceProvider()
        .GetRequiredService<Serializer>();

    [Fact]
    public void AQueueBuiltWithACollectionExpression_CrossesSilos_AsAnArrayOfTheSameHands()
    {
        var hands = Enumerable.Range(1, 3).Select(i => new HandView(i, $"u{i}", $"Person {i}", StakeholderGroup.Academia, HandIntent.Speak, DateTimeOffset.UnixEpoch));
        IReadOnlyList<HandView> queue = [.. hands];
        Assert.StartsWith("<>z__", queue.GetType().Name, StringComparison.Ordinal);
        var envelope = new EventEnvelope("c1", 7, "hand-raised", DateTimeOffset.UnixEpoch, null, null, queue);

        var back = Serializer.Deserialize<EventEnvelope>(Serializer.SerializeToArray(envelope))!;

        Assert.IsType<HandView[]>(back.Queue);
        Assert.Equal(queue, back.Queue);
        Assert.Equal(envelope with { Queue = null }, back with { Queue = null });
    }

    [Fact]
    public void ANullQueue_StaysNull()
    {
        var envelope = new EventEnvelope("c1", 7, "hand-lowered", DateTimeOffset.UnixEpoch, null, null, null);

        Assert.Null(Serializer.Deserialize<EventEnvelope>(Serializer.SerializeToArray(envelope))!.Queue);
    }

    [Theory]
    [InlineData(typeof(List<int>))]
    [InlineData(typeof(int[]))]
    [InlineData(typeof(HandView))]
    public void OrdinaryTypes_AreLeftToTheirOwnCodecs(Type type)
    {
        Assert.False(SynthesizedCollectionCodec.IsSynthesized(type));
    }
}
