using ConsultHub.Domain.Events;
using ConsultHub.Grains.Consultations;
using Microsoft.Extensions.Time.Testing;

namespace ConsultHub.Grains.Tests.Consultations;

public sealed class EventSequencerTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public void BatchesInOrder_ArePassedOnAsTheyCome()
    {
        var sequencer = new EventSequencer(_time, Patience);

        Assert.Equal([4L, 5], Versions(sequencer.Accept(Batch(4, 5))));
        Assert.Equal([6L], Versions(sequencer.Accept(Batch(6))));
        Assert.Equal(6, sequencer.Received("c1"));
    }

    [Fact]
    public void ABatchAheadOfAGap_WaitsForTheGap_ThenBothGoInOrder()
    {
        var sequencer = new EventSequencer(_time, Patience);
        sequencer.Accept(Batch(1));

        Assert.Empty(sequencer.Accept(Batch(3, 4)));
        Assert.Equal(1, sequencer.Received("c1"));
        Assert.Equal([2L, 3, 4], Versions(sequencer.Accept(Batch(2))));
    }

    [Fact]
    public void VersionsReceivedAgain_ArePassedOnOnce()
    {
        var sequencer = new EventSequencer(_time, Patience);
        sequencer.Accept(Batch(1, 2));
        sequencer.Accept(Batch(4));

        Assert.Equal([3L, 4, 5], Versions(sequencer.Accept(Batch(2, 3, 4, 5))));
        Assert.Empty(sequencer.Accept(Batch(5)));
    }

    [Fact]
    public void AGapNeverFilled_IsGivenUpAfterThePatience_AndWhatWaitedGoesOn()
    {
        var sequencer = new EventSequencer(_time, Patience);
        sequencer.Accept(Batch(1));
        Assert.Empty(sequencer.Accept(Batch(3)));

        _time.Advance(Patience - TimeSpan.FromMilliseconds(1));
        Assert.Empty(sequencer.Accept(Batch(4)));
        _time.Advance(TimeSpan.FromMilliseconds(1));

        Assert.Equal([3L, 4, 5], Versions(sequencer.Accept(Batch(5))));
        Assert.Equal(5, sequencer.Received("c1"));
    }

    [Fact]
    public void AStreamBegunAtAVersion_HoldsAnOvertakingFirstBatch_UntilTheOneBeforeIt()
    {
        var sequencer = new EventSequencer(_time, Patience);
        sequencer.Begin("c1", 6);

        Assert.Empty(sequencer.Accept(Batch(8)));
        Assert.Equal([7L, 8], Versions(sequencer.Accept(Batch(7))));
        sequencer.Begin("c1", 2);
        Assert.Equal(8, sequencer.Received("c1"));
    }

    [Fact]
    public void Consultations_AreSequencedApart()
    {
        var sequencer = new EventSequencer(_time, Patience);
        sequencer.Accept(Batch(1));

        Assert.Equal([7L], Versions(sequencer.Accept(Batch("c2", 7))));
        Assert.Null(sequencer.Received("c3"));
        Assert.Equal(1, sequencer.Received("c1"));
    }

    private static long[] Versions(IReadOnlyList<CommittedEvent> events) => [.. events.Select(e => e.Version)];

    private static CommittedEvent[] Batch(params long[] versions) => Batch("c1", versions);

    private static CommittedEvent[] Batch(string consultationId, params long[] versions) =>
    [
        .. versions.Select(v =>
        {
            var envelope = new EventEnvelope(consultationId, v, "hand-lowered", DateTimeOffset.UnixEpoch, null, null, null);
            return new CommittedEvent(consultationId, v, new ConsultationStarted(DateTimeOffset.UnixEpoch), envelope, envelope, envelope);
        }),
    ];
}
