namespace ConsultHub.LoadGenerator.SignalR;

/// <summary>What a <see cref="HubSocket"/> hears besides replies; called on its receive loop, one call at a time.</summary>
public interface IHubEvents
{
    /// <summary>An <c>event</c> message with its version, its frame size and the receive timestamp.</summary>
    void OnEvent(long version, int frameBytes, long timestamp);

    /// <summary>The connection closed (error null when closed on purpose).</summary>
    void OnClosed(Exception? error);
}
