using ConsultHub.Domain.Model;
using Microsoft.Extensions.Logging;

namespace ConsultHub.Grains.Wall;

/// <summary>
/// A consultation grain's throttle towards the wall. After a change it arms one one-shot grain
/// timer, due when the report interval since the last report has passed; changes arriving
/// meanwhile only replace the pending state, so the latest wins and a burst of commands costs
/// one report per interval. Only public consultations are reported: live ones, and once when
/// one closes, so the wall drops it. Scheduled consultations stay off the wall.
/// </summary>
public sealed partial class WallReporter(IWallFeed feed, Func<TimeSpan, Func<Task>, IDisposable> schedule, TimeProvider clock, ILogger logger) : IDisposable
{
    private ConsultationState? _pending;
    private IDisposable? _timer;
    private DateTimeOffset _lastReport = DateTimeOffset.MinValue;
    private bool _closedReported;

    /// <summary>After activation: a live consultation announces itself, so the wall recovers after a restart as soon as it wakes.</summary>
    public void Activated(ConsultationState state)
    {
        if (state.Status == ConsultationStatus.Live)
        {
            Changed(state);
        }
    }

    /// <summary>After every accepted change.</summary>
    public void Changed(ConsultationState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Settings.Visibility != Visibility.Public || state.Status == ConsultationStatus.Scheduled || _closedReported)
        {
            return;
        }
        _closedReported = state.Status == ConsultationStatus.Closed;
        _pending = state;
        if (_timer is not null)
        {
            return;
        }
        var now = clock.GetUtcNow();
        var due = _lastReport == DateTimeOffset.MinValue ? TimeSpan.Zero : _lastReport + feed.ReportInterval - now;
        _timer = schedule(due > TimeSpan.Zero ? due : TimeSpan.Zero, FlushAsync);
    }

    /// <summary>Sends the pending state, if any; the timer's tick.</summary>
    public async Task FlushAsync()
    {
        _timer?.Dispose();
        _timer = null;
        if (_pending is not { } state)
        {
            return;
        }
        _pending = null;
        _lastReport = clock.GetUtcNow();
        try
        {
            await feed.ReportAsync(WallHeadline.Of(state, _lastReport));
        }
        catch (Exception ex)
        {
            // The wall is a live display: the next change reports the whole headline again.
            LogReportFailed(logger, state.Id, state.Version, ex);
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _timer?.Dispose();
        _timer = null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reporting consultation {ConsultationId} at version {Version} to the wall failed")]
    private static partial void LogReportFailed(ILogger logger, string consultationId, long version, Exception exception);
}
