using ConsultHub.Grains.Consultations;
using ConsultHub.Web.Hubs;
using Microsoft.Extensions.Time.Testing;

namespace ConsultHub.Web.Tests.Hubs;

/// <summary>An audience's coalescing window on a fake clock: what it gathers leaves once, in order, as one frame.</summary>
public sealed class AudienceWindowTests
{
    private static readonly TimeSpan Length = TimeSpan.FromMilliseconds(25);

    private readonly FakeTimeProvider _time = new();
    private readonly List<EnvelopeFrame> _sent = [];

    [Fact]
    public void EnvelopesAddedWithinTheWindow_LeaveAsOneFrameInOrder_WhenItCloses()
    {
        using var window = new AudienceWindow(Length, _time, _sent.Add);

        window.Add([Envelope(1), Envelope(2)]);
        _time.Advance(TimeSpan.FromMilliseconds(10));
        window.Add([Envelope(3)]);
        Assert.Empty(_sent);

        _time.Advance(TimeSpan.FromMilliseconds(15));

        var frame = Assert.Single(_sent);
        Assert.Equal([1L, 2L, 3L], frame.Envelopes.Select(e => e.Version));
        Assert.Equal(0, window.Pending);
    }

    [Fact]
    public void AnEnvelopeAfterTheWindowClosed_OpensANewWindow_AndLeavesInTheNextFrame()
    {
        using var window = new AudienceWindow(Length, _time, _sent.Add);
        window.Add([Envelope(1)]);
        _time.Advance(Length);

        window.Add([Envelope(2)]);
        _time.Advance(Length - TimeSpan.FromMilliseconds(1));
        Assert.Single(_sent);
        _time.Advance(TimeSpan.FromMilliseconds(1));

        Assert.Equal([[1L], [2L]], _sent.Select(f => f.Envelopes.Select(e => e.Version).ToArray()));
    }

    [Fact]
    public void Flush_BeforeTheWindowCloses_SendsWhatIsPending_AndTheTimerSendsNothingTwice()
    {
        using var window = new AudienceWindow(Length, _time, _sent.Add);
        window.Add([Envelope(1), Envelope(2)]);

        window.Flush();
        _time.Advance(Length * 4);

        var frame = Assert.Single(_sent);
        Assert.Equal([1L, 2L], frame.Envelopes.Select(e => e.Version));
    }

    [Fact]
    public void Dispose_WithAnOpenWindow_SendsWhatIsPending()
    {
        var window = new AudienceWindow(Length, _time, _sent.Add);
        window.Add([Envelope(7)]);

        window.Dispose();

        Assert.Equal(7, Assert.Single(Assert.Single(_sent).Envelopes).Version);
    }

    [Fact]
    public void AnEmptyWindow_SendsNothing_WhenFlushed()
    {
        using var window = new AudienceWindow(Length, _time, _sent.Add);

        window.Flush();
        _time.Advance(Length * 2);

        Assert.Empty(_sent);
    }

    [Fact]
    public void AZeroWindow_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new AudienceWindow(TimeSpan.Zero, _time, _sent.Add));
    }

    private static SerializedEnvelope Envelope(long version) =>
        SerializedEnvelope.Of(new EventEnvelope("c-1", version, "hand-lowered", DateTimeOffset.UnixEpoch, null, null, null));
}
