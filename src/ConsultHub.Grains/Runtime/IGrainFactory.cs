namespace ConsultHub.Grains.Runtime;

/// <summary>Creates references to grains. A reference is cheap and activates nothing until it is called.</summary>
public interface IGrainFactory
{
    /// <summary>
    /// Returns a reference to the grain with <paramref name="primaryKey"/>. Throws
    /// <see cref="NotSupportedException"/> if the interface has a method that does not return
    /// <see cref="Task"/> or <see cref="Task{TResult}"/>, and <see cref="InvalidOperationException"/>
    /// if no grain class is registered for it.
    /// </summary>
    TGrainInterface GetGrain<TGrainInterface>(string primaryKey)
        where TGrainInterface : IGrainWithStringKey;

    /// <summary>
    /// Returns an observer reference that grains can hold. Observers are in-process here, so the
    /// reference is the object itself; the method exists so that code ports to Orleans unchanged.
    /// </summary>
    TGrainObserverInterface CreateObjectReference<TGrainObserverInterface>(IGrainObserver obj)
        where TGrainObserverInterface : IGrainObserver;

    /// <summary>Releases a reference made by <see cref="CreateObjectReference{T}"/>; nothing to release in-process.</summary>
    void DeleteObjectReference<TGrainObserverInterface>(IGrainObserver obj)
        where TGrainObserverInterface : IGrainObserver;
}
