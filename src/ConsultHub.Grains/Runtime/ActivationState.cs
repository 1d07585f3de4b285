namespace ConsultHub.Grains.Runtime;

/// <summary>Where an activation is in its life; it only moves forward.</summary>
internal enum ActivationState
{
    /// <summary>Created; the activate turn has not finished.</summary>
    Activating,

    /// <summary>Activated and serving calls.</summary>
    Valid,

    /// <summary>Running OnDeactivateAsync; new calls wait for the next activation.</summary>
    Deactivating,

    /// <summary>Gone from the directory; anything posted to it is redirected.</summary>
    Retired,
}
