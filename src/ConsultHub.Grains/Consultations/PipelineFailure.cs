namespace ConsultHub.Grains.Consultations;

/// <summary>How an append failed.</summary>
public enum PipelineFailure
{
    /// <summary>Every append succeeded.</summary>
    None,

    /// <summary>The journal could not be reached; nothing was written, the state still matches it.</summary>
    Unavailable,

    /// <summary>The journal holds a different version: the state no longer matches it and must be reloaded.</summary>
    Conflict,
}
