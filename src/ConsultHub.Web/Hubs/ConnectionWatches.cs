namespace ConsultHub.Web.Hubs;

/// <summary>
/// The consultations one connection watches, with the participant it watches each as. A Watch that
/// finishes after the connection has gone is refused here, so presence is never recorded for a
/// socket whose disconnect has already been handled (the close and the Watch race otherwise).
/// </summary>
public sealed class ConnectionWatches
{
    private readonly Dictionary<string, string?> _watches = new(StringComparer.Ordinal);
    private bool _gone;

    /// <summary>Records a watch; false when the connection has already gone.</summary>
    public bool Watching(string consultationId, string? participantId)
    {
        lock (_watches)
        {
            if (_gone)
            {
                return false;
            }
            _watches[consultationId] = participantId;
            return true;
        }
    }

    /// <summary>True when the connection already watches the consultation.</summary>
    public bool Contains(string consultationId)
    {
        lock (_watches)
        {
            return _watches.ContainsKey(consultationId);
        }
    }

    /// <summary>Marks the connection gone and returns what it watched.</summary>
    public IReadOnlyList<(string ConsultationId, string? ParticipantId)> Gone()
    {
        lock (_watches)
        {
            _gone = true;
            return [.. _watches.Select(w => (w.Key, w.Value))];
        }
    }
}
