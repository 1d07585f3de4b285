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

    /// <summary>Forgets everything (to keep idle activations small).</summary>
    public void Clear() => _events.Clear();
}
