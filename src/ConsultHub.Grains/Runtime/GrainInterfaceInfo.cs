using System.Collections.Frozen;
using System.Reflection;

namespace ConsultHub.Grains.Runtime;

/// <summary>A validated grain interface and the invokers of its methods, built once per interface.</summary>
internal sealed class GrainInterfaceInfo
{
    private readonly FrozenDictionary<MethodInfo, GrainMethodInvoker> _invokers;

    private GrainInterfaceInfo(Type type, FrozenDictionary<MethodInfo, GrainMethodInvoker> invokers)
    {
        Type = type;
        _invokers = invokers;
    }

    public Type Type { get; }

    public GrainMethodInvoker this[MethodInfo method] => _invokers[method];

    /// <summary>Validates <paramref name="type"/>; throws <see cref="NotSupportedException"/> naming the first method the runtime cannot call.</summary>
    public static GrainInterfaceInfo Create(Type type)
    {
        if (!type.IsInterface)
        {
            throw new NotSupportedException($"{type.Name} is not an interface; GetGrain takes a grain interface.");
        }

        var invokers = new Dictionary<MethodInfo, GrainMethodInvoker>();
        foreach (var method in type.GetInterfaces().Prepend(type).SelectMany(i => i.GetMethods()))
        {
            if (method.IsStatic && !method.IsAbstract)
            {
                continue;
            }

            if (Reject(method) is { } reason)
            {
                throw new NotSupportedException($"Grain interface {type.Name} cannot be called: {method.DeclaringType!.Name}.{method.Name} {reason}.");
            }

            invokers[method] = GrainMethodInvoker.Create(method);
        }

        return new GrainInterfaceInfo(type, invokers.ToFrozenDictionary());
    }

    private static string? Reject(MethodInfo method) => method switch
    {
        { IsStatic: true } => "is static abstract",
        { IsAbstract: false } => "has a default implementation",
        { IsSpecialName: true } => "is a property or event accessor; grain interfaces have methods only",
        { IsGenericMethodDefinition: true } => "is generic",
        _ when method.GetParameters().Any(p => p.ParameterType.IsByRef) => "has a ref, out or in parameter",
        _ when !ReturnsTask(method.ReturnType) => $"returns {method.ReturnType.Name}; grain methods must return Task or Task<T>",
        _ => null,
    };

    private static bool ReturnsTask(Type type) =>
        type == typeof(Task) || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Task<>));
}
