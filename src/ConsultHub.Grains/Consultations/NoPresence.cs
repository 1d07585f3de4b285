namespace ConsultHub.Grains.Consultations;

/// <summary>A presence source for hosts without connections: nobody is connected.</summary>
public sealed class NoPresence : IPresenceSource
{
    /// <inheritdoc/>
    public bool IsConnected(string consultationId, string participantId) => false;
}
