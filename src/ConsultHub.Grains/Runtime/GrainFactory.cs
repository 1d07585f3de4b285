using System.Collections.Concurrent;
using System.Reflection;

namespace ConsultHub.Grains.Runtime;

/// <summary>Creates grain references; interfaces are validated once and cached.</summary>
internal sealed class GrainFactory(GrainTypeMap types, GrainDispatcher dispatcher) : IGrainFactory
{
    private readonly ConcurrentDictionary<Type, GrainInterfaceInfo> _interfaces = new();

    public TGrainInterface GetGrain<TGrainInterface>(string primaryKey)
        where TGrainInterface : IGrainWithStringKey
    {
        ArgumentNullException.ThrowIfNull(primaryKey);
        var grainInterface = _interfaces.GetOrAdd(typeof(TGrainInterface), GrainInterfaceInfo.Create);
        var id = new GrainId(types.Resolve(typeof(TGrainInterface)), primaryKey);
        var reference = DispatchProxy.Create<TGrainInterface, GrainReference>();
        ((GrainReference)(object)reference).Bind(dispatcher, grainInterface, id);
        return reference;
    }

    public TGrainObserverInterface CreateObjectReference<TGrainObserverInterface>(IGrainObserver obj)
        where TGrainObserverInterface : IGrainObserver =>
        obj is TGrainObserverInterface observer
            ? observer
            : throw new ArgumentException($"The observer does not implement {typeof(TGrainObserverInterface).Name}.", nameof(obj));

    public void DeleteObjectReference<TGrainObserverInterface>(IGrainObserver obj)
        where TGrainObserverInterface : IGrainObserver =>
        ArgumentNullException.ThrowIfNull(obj);
}
