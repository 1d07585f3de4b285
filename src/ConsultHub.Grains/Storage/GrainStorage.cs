namespace ConsultHub.Grains.Storage;

/// <summary>
/// The names of the hub's Orleans grain-state storage. The event journal stays the consultations'
/// source of truth; this storage holds what grains keep besides it (the wall, the directory).
/// </summary>
public static class GrainStorage
{
    /// <summary>The named <see cref="IPersistentState{TState}"/> provider every hub grain writes to.</summary>
    public const string Name = "consulthub";
}
