using ConsultHub.Grains.Wall;
using Microsoft.Extensions.Options;

namespace ConsultHub.Grains.Tests.Wall;

/// <summary>Counts what consultation grains report, then forwards it to the wall grain as production does.</summary>
public sealed class RecordingWallFeed(IGrainFactory grains, IOptions<WallOptions> options) : IWallFeed
{
    private readonly GrainWallFeed _inner = new(grains, options);
    private readonly Lock _gate = new();
    private readonly List<WallEntry> _reports = [];

    public TimeSpan ReportInterval => _inner.ReportInterval;

    public IReadOnlyList<WallEntry> Reports
    {
        get
        {
            lock (_gate)
            {
                return [.. _reports];
            }
        }
    }

    public int CountFor(string consultationId) => Reports.Count(r => r.ConsultationId == consultationId);

    public Task ReportAsync(WallEntry entry)
    {
        lock (_gate)
        {
            _reports.Add(entry);
        }
        return _inner.ReportAsync(entry);
    }
}
