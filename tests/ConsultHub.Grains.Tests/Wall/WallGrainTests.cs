using System.Collections.Immutable;
using ConsultHub.Domain.Model;
using ConsultHub.Grains.Wall;

namespace ConsultHub.Grains.Tests.Wall;

public sealed class WallGrainTests : IAsyncLifetime
{
    private WallSilo _silo = null!;

    public async Task InitializeAsync() => _silo = await WallSilo.StartAsync();

    public Task DisposeAsync() => _silo.DisposeAsync().AsTask();

    [Fact]
    public async Task Report_OfALiveConsultation_PutsItOnTheWall_AndPushesIt()
    {
        await _silo.Wall.ReportAsync(Entry("c-1", 3));
        await _silo.AdvanceAsync(TimeSpan.Zero);

        var entry = Assert.Single((await _silo.Wall.GetSnapshotAsync()).Consultations);
        Assert.Equal(("c-1", 3L), (entry.ConsultationId, entry.Version));
        Assert.Equal(["c-1"], Assert.Single(_silo.Notifier.Updates).Consultations.Select(e => e.ConsultationId));
    }

    [Fact]
    public async Task Report_Closed_TakesTheConsultationOff_AndPushesTheClosedEntry()
    {
        await _silo.Wall.ReportAsync(Entry("c-1", 3));
        await _silo.AdvanceAsync(TimeSpan.FromSeconds(1));

        await _silo.Wall.ReportAsync(Entry("c-1", 9, ConsultationStatus.Closed));
        await _silo.AdvanceAsync(TimeSpan.FromSeconds(1));

        Assert.Empty((await _silo.Wall.GetSnapshotAsync()).Consultations);
        Assert.Equal(ConsultationStatus.Closed, _silo.Notifier.Updates[^1].Consultations.Single().Status);
    }

    [Fact]
    public async Task Report_ClosedOfAConsultationNotOnTheWall_IsIgnored()
    {
        await _silo.Wall.ReportAsync(Entry("c-1", 9, ConsultationStatus.Closed));
        await _silo.AdvanceAsync(TimeSpan.FromSeconds(1));

        Assert.Empty(_silo.Notifier.Updates);
    }

    [Fact]
    public async Task Report_OlderThanTheOneHeld_IsIgnored()
    {
        await _silo.Wall.ReportAsync(Entry("c-1", 7));
        await _silo.Wall.ReportAsync(Entry("c-1", 5));
        await _silo.AdvanceAsync(TimeSpan.FromSeconds(1));

        Assert.Equal(7, (await _silo.Wall.GetSnapshotAsync()).Consultations.Single().Version);
        Assert.Equal(7, _silo.Notifier.Latest()["c-1"].Version);
    }

    [Fact]
    public async Task ReportsWithinAPushInterval_GoOutTogether_WithTheLatestOfEachConsultation()
    {
        await _silo.Wall.ReportAsync(Entry("c-0", 1));
        await _silo.AdvanceAsync(TimeSpan.Zero);

        await _silo.Wall.ReportAsync(Entry("c-1", 1));
        await _silo.Wall.ReportAsync(Entry("c-2", 1));
        await _silo.Wall.ReportAsync(Entry("c-1", 2));
        await _silo.AdvanceAsync(WallSilo.PushInterval - TimeSpan.FromMilliseconds(1));
        Assert.Single(_silo.Notifier.Updates);
        await _silo.AdvanceAsync(TimeSpan.FromMilliseconds(1));

        Assert.Equal(2, _silo.Notifier.Updates.Count);
        Assert.Equal([("c-1", 2L), ("c-2", 1L)], _silo.Notifier.Updates[1].Consultations.Select(e => (e.ConsultationId, e.Version)));
    }

    [Fact]
    public async Task Snapshot_IsOrderedByRegionThenTitle()
    {
        await _silo.Wall.ReportAsync(Entry("c-1", 1) with { Region = "Asia", Title = "B" });
        await _silo.Wall.ReportAsync(Entry("c-2", 1) with { Region = "Africa", Title = "Z" });
        await _silo.Wall.ReportAsync(Entry("c-3", 1) with { Region = "Asia", Title = "A" });

        var snapshot = await _silo.Wall.GetSnapshotAsync();

        Assert.Equal(["c-2", "c-3", "c-1"], snapshot.Consultations.Select(e => e.ConsultationId));
    }

    [Fact]
    public async Task ASiloThatStopsRenewing_IsDroppedAfterTheExpiry_WhileOneThatRenews_KeepsGettingUpdates()
    {
        var expiry = new WallOptions().SubscriptionExpiry;
        var renewing = new RecordingWallNotifier();
        for (var elapsed = TimeSpan.Zero; elapsed <= expiry * 2; elapsed += expiry / 4)
        {
            await renewing.SubscribeAsync(_silo.Silo.Grains, "renewing-silo");
            await _silo.AdvanceAsync(expiry / 4);
        }

        await _silo.Wall.ReportAsync(Entry("c-1", 1));
        await _silo.AdvanceAsync(TimeSpan.Zero);
        await renewing.SettleAsync(TimeSpan.FromMilliseconds(150));

        Assert.Equal(["c-1"], renewing.Latest().Keys);
        Assert.Empty(_silo.Notifier.Updates);
    }

    private WallEntry Entry(string id, long version, ConsultationStatus status = ConsultationStatus.Live) => new(
        id, $"Consultation {id}", "Asia", "Asia/Tokyo", status, version, _silo.Time.GetUtcNow(), null, 0,
        ImmutableSortedDictionary<string, int>.Empty, 0, null, [], ImmutableSortedDictionary<string, long>.Empty, 0);
}
