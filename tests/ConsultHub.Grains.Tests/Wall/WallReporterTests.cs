using ConsultHub.Domain.Model;
using ConsultHub.Grains.Wall;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace ConsultHub.Grains.Tests.Wall;

public sealed class WallReporterTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);
    private readonly FakeTimeProvider _time = new();
    private readonly ArmedTimers _timers;
    private readonly Feed _feed = new();
    private readonly WallReporter _reporter;

    public WallReporterTests()
    {
        _timers = new ArmedTimers(_time);
        _reporter = Reporter();
    }

    [Fact]
    public void FirstChange_IsReportedAtOnce()
    {
        var start = _time.GetUtcNow();

        _reporter.Changed(State(1));
        _timers.Advance(TimeSpan.Zero);

        Assert.Equal([(1L, start)], _feed.Reports);
    }

    [Fact]
    public void ChangesWithinAnInterval_ArmOneTimer_AndTheLatestStateWins()
    {
        var start = _time.GetUtcNow();
        _reporter.Changed(State(1));
        _timers.Advance(TimeSpan.FromMilliseconds(100));

        _reporter.Changed(State(2));
        _reporter.Changed(State(3));
        _reporter.Changed(State(4));

        Assert.Equal(1, _timers.Count);
        _timers.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal([(1L, start), (4L, start + Interval)], _feed.Reports);
    }

    [Fact]
    public void BurstOf100Changes_OverOneSecond_IsReportedThreeTimes_HalfASecondApart()
    {
        for (var version = 1; version <= 100; version++)
        {
            _reporter.Changed(State(version));
            _timers.Advance(TimeSpan.FromMilliseconds(10));
        }
        _timers.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal(3, _feed.Reports.Count);
        Assert.Equal(100, _feed.Reports[^1].Version);
        Assert.All(_feed.Reports.Zip(_feed.Reports.Skip(1), (a, b) => b.At - a.At), gap => Assert.Equal(Interval, gap));
    }

    [Fact]
    public void AChangeAfterAQuietSpell_IsReportedAtOnce()
    {
        _reporter.Changed(State(1));
        _timers.Advance(TimeSpan.FromSeconds(3));
        var later = _time.GetUtcNow();

        _reporter.Changed(State(2));
        _timers.Advance(TimeSpan.Zero);

        Assert.Equal((2L, later), _feed.Reports[^1]);
    }

    [Fact]
    public void Closing_IsReportedOnce_AndNothingAfter()
    {
        _reporter.Changed(State(5, ConsultationStatus.Closed));
        _timers.Advance(TimeSpan.FromSeconds(1));
        _reporter.Changed(State(6, ConsultationStatus.Closed));
        _timers.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal([ConsultationStatus.Closed], _feed.Entries.Select(e => e.Status));
    }

    [Theory]
    [InlineData(ConsultationStatus.Scheduled, Visibility.Public)]
    [InlineData(ConsultationStatus.Live, Visibility.Private)]
    [InlineData(ConsultationStatus.Closed, Visibility.Private)]
    public void ScheduledOrPrivateConsultations_AreNeverReported(ConsultationStatus status, Visibility visibility)
    {
        _reporter.Changed(State(1, status, visibility));
        _reporter.Activated(State(1, status, visibility));

        Assert.Equal(0, _timers.Count);
    }

    [Fact]
    public void Activation_ReportsALiveConsultation_ButNotAClosedOne()
    {
        Reporter().Activated(State(1, ConsultationStatus.Closed));
        Assert.Equal(0, _timers.Count);

        _reporter.Activated(State(1));
        Assert.Equal(1, _timers.Count);
    }

    [Fact]
    public void AFailingWall_IsLogged_NotThrown_AndTheNextChangeReportsAgain()
    {
        _feed.Fail = true;
        _reporter.Changed(State(1));
        _timers.Advance(TimeSpan.Zero);

        _feed.Fail = false;
        _reporter.Changed(State(2));
        _timers.Advance(Interval);

        Assert.Equal([2L], _feed.Reports.Select(r => r.Version));
    }

    [Fact]
    public void Dispose_DisarmsThePendingReport()
    {
        _reporter.Changed(State(1));

        _reporter.Dispose();

        Assert.Equal(0, _timers.Count);
    }

    /// <summary>A reporter whose timers run on the fake clock, firing synchronously as it advances.</summary>
    private WallReporter Reporter() => new(_feed, _timers.Schedule, _time, NullLogger.Instance);

    private static ConsultationState State(long version, ConsultationStatus status = ConsultationStatus.Live, Visibility visibility = Visibility.Public) =>
        ConsultationState.Empty("c-1") with
        {
            Created = true,
            Version = version,
            Status = status,
            Settings = new ConsultationSettings { Title = "T", Region = "Asia", TimeZone = "Asia/Tokyo", Visibility = visibility },
        };

    private sealed class Feed : IWallFeed
    {
        private readonly List<WallEntry> _entries = [];

        public bool Fail { get; set; }

        public TimeSpan ReportInterval => Interval;

        public IReadOnlyList<WallEntry> Entries => _entries;

        public IReadOnlyList<(long Version, DateTimeOffset At)> Reports => [.. _entries.Select(e => (e.Version, e.ReportedAt))];

        public Task ReportAsync(WallEntry entry)
        {
            if (Fail)
            {
                throw new InvalidOperationException("The wall is down.");
            }
            _entries.Add(entry);
            return Task.CompletedTask;
        }
    }
}
