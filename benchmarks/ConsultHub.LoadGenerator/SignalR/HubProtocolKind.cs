namespace ConsultHub.LoadGenerator.SignalR;

/// <summary>The SignalR hub protocol a generator connection speaks; hub and baseline accept both.</summary>
public enum HubProtocolKind
{
    /// <summary>JSON text messages ending in 0x1e.</summary>
    Json,

    /// <summary>Binary MessagePack messages, each after its varint length.</summary>
    MessagePack,
}
