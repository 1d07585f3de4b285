using ConsultHub.Domain.Events;
using ConsultHub.Domain.Views;

namespace ConsultHub.Grains.Consultations;

/// <summary>
/// The most recent committed events of one consultation, so a watcher that dropped for a moment
/// resumes with the events it missed instead of a whole view. Bounded; older gaps get a view.
/// </summary>
public sealed class ResumeWindow(int capacity)
{
    private readonly Queue<CommittedEvent> _events = new();

    /// <summary>Remembers committed events, dropping the oldest past capacity.</summary>
    public void Add(IEnumerable<CommittedEvent> events)
    {
        foreach (var e in events)
        {
            _events.Enqueue(e);
            while (_events.Count > capacity)
            {
                _events.Dequeue();
            }
        }
    }

    /// <summary>The events after <paramref name="sinceVersion"/> up to <paramref name="currentVersion"/>, or null when some are no longer held.</summary>
    public IReadOnlyList<CommittedEvent>? After(long sinceVersion, long currentVersion)
    {
        if (sinceVersion == currentVersion)
        {
            return [];
        }
        if (sinceVersion > currentVersion || _events.Count == 0 || _events.Peek().Version > sinceVersion + 1)
        {
            return null;
        }
        return [.. _events.Where(e => e.Version > sinceVersion)];
    }

    /// <summary>
    /// The events after <paramref name="sinceVersion"/> shaped for <paramref name="audience"/>, or null
    /// when the caller needs a whole view instead: some are no longer held, or they would show the
    /// text of a point that was hidden later in the same stretch. A watcher who was there saw that
    /// text live; one who resumes must not get it now, as the view never shows hidden points.
    /// </summary>
    public IReadOnlyList<EventEnvelope>? For(Audience audience, long sinceVersion, long currentVersion)
    {
        var missed = After(sinceVersion, currentVersion);
        return missed is null || (audience != Audience.Moderator && RevealsHiddenText(missed, audience))
            ? null
            : [.. missed.Select(e => e.For(audience))];
    }

    /// <summary>Forgets everything (to keep idle activations small).</summary>
    public void Clear() => _events.Clear();

    private static bool RevealsHiddenText(IReadOnlyList<CommittedEvent> missed, Audience audience)
    {
        var shown = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in missed)
        {
            var point = e.Event switch
            {
                PointPosted p => p.PointId,
                PointApproved a => a.PointId,
                _ => null,
            };
            if (point is not null && e.For(audience).Type != ProjectedEvent.PrivateType)
            {
                shown.Add(point);
            }
            else if (e.Event is PointHidden hidden && shown.Contains(hidden.PointId))
            {
                return true;
            }
        }
        return false;
    }
}
