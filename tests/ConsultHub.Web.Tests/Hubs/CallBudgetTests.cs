using ConsultHub.Web.Hubs;

namespace ConsultHub.Web.Tests.Hubs;

public sealed class CallBudgetTests
{
    [Fact]
    public void FullBucket_AllowsTheBurst_ThenRefuses()
    {
        var clock = new SteppedClock();
        var budget = new CallBudget(perSecond: 2, burst: 3, clock);

        Assert.Equal([true, true, true, false], Enumerable.Range(0, 4).Select(_ => budget.TryTake()).ToArray());
    }

    [Fact]
    public void SpentBucket_RefillsAtTheRate_NotBeyondTheBurst()
    {
        var clock = new SteppedClock();
        var budget = new CallBudget(perSecond: 2, burst: 3, clock);
        while (budget.TryTake())
        {
        }

        clock.Advance(TimeSpan.FromMilliseconds(499));
        Assert.False(budget.TryTake());
        clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.True(budget.TryTake());
        Assert.False(budget.TryTake());

        clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(3, Enumerable.Range(0, 10).Count(_ => budget.TryTake()));
    }

    [Fact]
    public void SustainedCalls_AreHeldToTheRate()
    {
        var clock = new SteppedClock();
        var budget = new CallBudget(perSecond: 20, burst: 40, clock);
        var allowed = 0;
        for (var ms = 0; ms < 10_000; ms += 5)
        {
            allowed += budget.TryTake() ? 1 : 0;
            clock.Advance(TimeSpan.FromMilliseconds(5));
        }

        // 10 s at 200 calls a second: the burst plus 20 a second, give or take the last token.
        Assert.InRange(allowed, 40 + 199, 40 + 200);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 0)]
    public void NonPositiveLimits_AreRefused(int perSecond, int burst) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new CallBudget(perSecond, burst, new SteppedClock()));

    private sealed class SteppedClock : TimeProvider
    {
        private long _ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _ticks;

        public void Advance(TimeSpan by) => _ticks += by.Ticks;
    }
}
