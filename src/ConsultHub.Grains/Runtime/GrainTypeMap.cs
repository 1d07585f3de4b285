using System.Collections.Frozen;

namespace ConsultHub.Grains.Runtime;

/// <summary>Maps grain interfaces to their registered grain classes.</summary>
internal sealed class GrainTypeMap
{
    private readonly FrozenDictionary<Type, GrainClass> _classes;

    public GrainTypeMap(IEnumerable<GrainRegistration> registrations)
    {
        var byClass = new Dictionary<Type, GrainClass>();
        var byInterface = new Dictionary<Type, GrainClass>();
        foreach (var registration in registrations)
        {
            if (!byClass.TryGetValue(registration.GrainClass, out var grainClass))
            {
                grainClass = new GrainClass(registration.GrainClass);
                byClass.Add(registration.GrainClass, grainClass);
            }

            if (byInterface.TryGetValue(registration.Interface, out var existing) && existing != grainClass)
            {
                throw new InvalidOperationException(
                    $"Grain interface {registration.Interface.Name} is registered twice, for {existing} and {grainClass}.");
            }

            byInterface[registration.Interface] = grainClass;
        }

        _classes = byInterface.ToFrozenDictionary();
    }

    public GrainClass Resolve(Type grainInterface) =>
        _classes.TryGetValue(grainInterface, out var grainClass)
            ? grainClass
            : throw new InvalidOperationException(
                $"No grain class is registered for {grainInterface.Name}; register one with services.AddGrain<{grainInterface.Name}, TGrain>().");
}
