using System.Text.Json;
using ConsultHub.Domain.Commands;
using ConsultHub.Domain.Events;
using ConsultHub.Domain.Model;
using ConsultHub.Domain.Serialization;
using ConsultHub.Domain.Tests.Builders;

namespace ConsultHub.Domain.Tests.Serialization;

public sealed class DomainJsonTests
{
    public static TheoryData<int> SampleIndexes => [.. Enumerable.Range(0, EventSamples.All.Count)];

    [Theory]
    [MemberData(nameof(SampleIndexes))]
    public void Event_RoundTripsThroughItsWireNameAndJson(int index)
    {
        var e = EventSamples.All[index];

        var type = EventTypeNames.Of(e);
        var json = DomainJson.SerializeEvent(e);
        var back = DomainJson.DeserializeEvent(type, json);

        Assert.IsType(e.GetType(), back);
        Assert.Equivalent(e, back, strict: true);
        Assert.Equal(json, DomainJson.SerializeEvent(back));
    }

    [Fact]
    public void Samples_CoverEveryEventType()
    {
        Assert.Equal(EventTypeNames.All.Order(), EventSamples.All.Select(EventTypeNames.Of).Distinct().Order());
    }

    [Fact]
    public void Enums_AreWrittenInKebabCase()
    {
        var json = DomainJson.SerializeEvent(new ParticipantJoined("p-1", "A", null, StakeholderGroup.InternationalOrganization, null, "h", false, DateTimeOffset.UnixEpoch))
            + DomainJson.SerializeEvent(new HandRaised("p-1", HandIntent.PointOfOrder, DateTimeOffset.UnixEpoch));

        Assert.Contains("\"group\":\"international-organization\"", json);
        Assert.Contains("\"intent\":\"point-of-order\"", json);
    }

    [Fact]
    public void Nulls_AreLeftOut_AndNamesAreCamelCase()
    {
        var json = DomainJson.SerializeEvent(new HandLowered("p-1", HandLoweredReason.Own, DateTimeOffset.UnixEpoch));

        Assert.Equal("""{"participantId":"p-1","reason":"own","at":"1970-01-01T00:00:00+00:00"}""", json);
    }

    [Fact]
    public void ConsultationCreated_WrittenBeforeLanguageExisted_ReadsAsEnglish()
    {
        var created = (ConsultationCreated)DomainJson.DeserializeEvent("consultation-created",
            """{"settings":{"title":"Old","region":"Asia","timeZone":"UTC","themes":[]},"joinCode":"K","moderatorKeyHash":"m","observerKeyHash":"o","createdAt":"2025-03-10T09:00:00+00:00"}""");

        Assert.Equal(Language.En, created.Settings.Language);
    }

    [Fact]
    public void Language_IsWrittenAsItsLowercaseCode()
    {
        var json = JsonSerializer.Serialize(new ConsultationSettings { Language = Language.Zh }, DomainJson.Options);

        Assert.Contains("\"language\":\"zh\"", json);
    }

    [Fact]
    public void DeserializeEvent_OfAnUnknownType_Throws()
    {
        Assert.Throws<JsonException>(() => DomainJson.DeserializeEvent("point-exploded", "{}"));
    }

    [Fact]
    public void DeserializeEvent_WithAnIntegerEnum_Throws_BecauseTheJournalUsesNames()
    {
        Assert.Throws<JsonException>(() => DomainJson.DeserializeEvent("hand-raised", """{"participantId":"p-1","intent":2,"raisedAt":"2025-03-10T09:00:00+00:00"}"""));
    }

    [Fact]
    public void Journal_SerializedAndReadBack_ReplaysToTheSameState()
    {
        var b = ConsultationBuilder.Live(s => s with { QueuePolicy = QueuePolicy.Balanced, ModerationMode = ModerationMode.Premoderated })
            .Joined("p-1", StakeholderGroup.Academia, "KE").Joined("p-2", StakeholderGroup.PrivateSector).ModeratorJoined("m-1")
            .HandRaised("p-1").HandRaised("p-2", HandIntent.Reply).Advanced(12.345).FloorGiven().Advanced(100)
            .PointPosted("p-2", "Pending «text»", out var pending).PointCaptured("Captured", out var captured, "p-1")
            .Upvoted("p-2", captured).PollOpened("Which?", ["A", "B"], out var poll).Voted("p-1", poll, 1).TurnEnded();
        b.Step(b.Moderator, new ApprovePoint(pending)).Step(b.Moderator, new MergePoints(pending, captured, "same"));

        var journal = b.Events.Select(e => (Type: EventTypeNames.Of(e), Data: DomainJson.SerializeEvent(e))).ToList();
        var replayed = Consultation.Replay(ConsultationState.Empty(b.State.Id), journal.Select(r => DomainJson.DeserializeEvent(r.Type, r.Data)));

        Assert.Equal(StateJson.Of(b.State), StateJson.Of(replayed));
    }
}
