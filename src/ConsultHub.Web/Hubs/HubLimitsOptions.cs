using System.ComponentModel.DataAnnotations;

namespace ConsultHub.Web.Hubs;

/// <summary>Abuse limits of the SignalR hub (configuration section <c>Hub:Limits</c>).</summary>
public sealed class HubLimitsOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Hub:Limits";

    /// <summary>Largest message a client may send, in bytes.</summary>
    [Range(1024, 1024 * 1024)]
    public int MaxMessageBytes { get; set; } = 32 * 1024;

    /// <summary>Sustained invocations per second per connection.</summary>
    [Range(1, 10_000)]
    public int InvocationsPerSecond { get; set; } = 20;

    /// <summary>Burst of invocations a connection may make at once.</summary>
    [Range(1, 10_000)]
    public int InvocationBurst { get; set; } = 40;

    /// <summary>Open connections one participant may watch a consultation with (tabs, devices).</summary>
    [Range(1, 100)]
    public int ConnectionsPerParticipant { get; set; } = 5;

    /// <summary>Events queued for a connection that stops reading before it is dropped.</summary>
    [Range(16, 1_000_000)]
    public int MaxQueuedEventsPerConnection { get; set; } = 2048;

    /// <summary>
    /// Seconds of silence after which a connection counts as lost (SignalR's client timeout): a socket
    /// that vanished without a close is noticed this late, then the participant's grace starts. The
    /// server pings every half of it; browsers ping every 15 s, so keep it above 20.
    /// </summary>
    [Range(2, 600)]
    public int ClientTimeoutSeconds { get; set; } = 30;
}
