namespace ConsultHub.LoadGenerator.Load;

/// <summary>What the generator drives.</summary>
public enum Target
{
    /// <summary>The consultation hub (silo-host): consultations are created and joined over HTTP.</summary>
    Hub,

    /// <summary>The bare SignalR baseline: no setup, the access token names the audience.</summary>
    Baseline,
}
