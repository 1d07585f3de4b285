using ConsultHub.Domain.Events;
using ConsultHub.Domain.Serialization;

namespace ConsultHub.Domain.Tests.Serialization;

public sealed class EventTypeNamesTests
{
    private static readonly Type[] ConcreteEventTypes = [.. typeof(ConsultationEvent).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(ConsultationEvent)) && !t.IsAbstract)];

    [Fact]
    public void EveryEventType_HasAWireName()
    {
        Assert.All(ConcreteEventTypes, t => Assert.Contains(EventTypeNames.All, n => EventTypeNames.TypeOf(n) == t));
        Assert.Equal(ConcreteEventTypes.Length, EventTypeNames.All.Count);
    }

    [Fact]
    public void WireNames_AreKebabCase()
    {
        Assert.All(EventTypeNames.All, name => Assert.Matches("^[a-z]+(-[a-z]+)*$", name));
    }

    [Theory]
    [InlineData(typeof(PointPosted), "point-posted")]
    [InlineData(typeof(PointsMerged), "points-merged")]
    [InlineData(typeof(PointUpvoteWithdrawn), "point-upvote-withdrawn")]
    [InlineData(typeof(AllHandsLowered), "all-hands-lowered")]
    [InlineData(typeof(ConsultationCreated), "consultation-created")]
    public void WireNames_AreStable(Type type, string name)
    {
        Assert.Equal(type, EventTypeNames.TypeOf(name));
    }

    [Fact]
    public void TypeOf_AnUnknownName_IsNull()
    {
        Assert.Null(EventTypeNames.TypeOf("Point-Posted"));
        Assert.Null(EventTypeNames.TypeOf("private"));
    }
}
