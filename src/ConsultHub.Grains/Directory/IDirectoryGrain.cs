using Orleans.Concurrency;

namespace ConsultHub.Grains.Directory;

/// <summary>
/// The hub's list of consultations, kept in Orleans grain storage: consultation grains report their
/// listing when it changes, so listing every consultation never activates them.
/// </summary>
[Alias("ConsultHub.IDirectoryGrain")]
public interface IDirectoryGrain : IGrainWithStringKey
{
    /// <summary>The key of the hub's one directory.</summary>
    const string Key = "global";

    /// <summary>Takes a consultation's listing; one older (by version) than the one held is ignored.</summary>
    [Alias("Update"), OneWay]
    Task UpdateAsync(DirectoryListing listing);

    /// <summary>Every consultation listed, in no particular order.</summary>
    [Alias("List")]
    Task<IReadOnlyList<DirectoryListing>> ListAsync();

    /// <summary>
    /// Activates every live consultation, so each re-arms its deadlines (turn warnings, overtime,
    /// grace periods) from its journal after a restart without waiting for someone to call it.
    /// </summary>
    [Alias("WakeLive"), OneWay]
    Task WakeLiveAsync();
}
