namespace ConsultHub.Grains.Presence;

/// <summary>
/// A consultation grain's picture of which participants have live connections, built only from
/// what silos told it (notices and subscription reports), never from the journal's "connected"
/// flags, which a restart leaves behind. Each silo's word is ordered by its own sequence, so a
/// notice overtaken by a later change of the same silo is recognised as stale whatever order the
/// two arrive in.
/// </summary>
public sealed class PresenceBoard
{
    private readonly Dictionary<(string Silo, string Participant), (long Sequence, bool Live)> _entries = [];
    private readonly Dictionary<string, long> _reports = new(StringComparer.Ordinal);

    /// <summary>Takes a notice; false (and nothing changes) when the silo already reported something later.</summary>
    public bool Apply(PresenceNotice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var key = (notice.Silo, notice.ParticipantId);
        var known = _entries.TryGetValue(key, out var entry) ? entry.Sequence : long.MinValue;
        var reported = _reports.TryGetValue(notice.Silo, out var report) ? report : long.MinValue;
        if (notice.Sequence <= Math.Max(known, reported))
        {
            return false;
        }
        _entries[key] = (notice.Sequence, notice.Connected);
        return true;
    }

    /// <summary>Takes a silo's whole list: what it reports replaces what it said before, unless a notice since was later.</summary>
    public void Apply(PresenceReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (_reports.TryGetValue(report.Silo, out var seen) && report.Sequence < seen)
        {
            return;
        }
        _reports[report.Silo] = report.Sequence;
        foreach (var key in _entries.Where(e => e.Key.Silo == report.Silo && e.Value.Sequence <= report.Sequence).Select(e => e.Key).ToList())
        {
            _entries.Remove(key);
        }
        foreach (var participant in report.Live)
        {
            if (!_entries.TryGetValue((report.Silo, participant), out var entry) || entry.Sequence <= report.Sequence)
            {
                _entries[(report.Silo, participant)] = (report.Sequence, true);
            }
        }
    }

    /// <summary>Forgets a silo that stopped renewing its subscription: its connections are gone with it.</summary>
    public void Forget(string silo)
    {
        _reports.Remove(silo);
        foreach (var key in _entries.Keys.Where(k => k.Silo == silo).ToList())
        {
            _entries.Remove(key);
        }
    }

    /// <summary>True when some silo last said the participant has a live connection there.</summary>
    public bool IsLive(string participantId) => _entries.Any(e => e.Value.Live && e.Key.Participant == participantId);
}
