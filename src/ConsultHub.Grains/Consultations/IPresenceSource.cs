namespace ConsultHub.Grains.Consultations;

/// <summary>
/// Tells a (re)activating grain which participants really have a live connection, so presence
/// recorded before a restart is corrected: the journal says "connected", the sockets are gone.
/// </summary>
public interface IPresenceSource
{
    /// <summary>True when the participant has at least one open connection to this host.</summary>
    bool IsConnected(string consultationId, string participantId);
}
