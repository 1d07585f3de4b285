using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json.Serialization;
using ConsultHub.Domain.Events;

namespace ConsultHub.Domain.Serialization;

/// <summary>Maps event types to their stable wire names, read once from <see cref="ConsultationEvent"/>'s attributes.</summary>
public static class EventTypeNames
{
    private static readonly FrozenDictionary<Type, string> NameByType = typeof(ConsultationEvent)
        .GetCustomAttributes<JsonDerivedTypeAttribute>()
        .ToFrozenDictionary(a => a.DerivedType, a => (string)a.TypeDiscriminator!);

    private static readonly FrozenDictionary<string, Type> TypeByName = NameByType.ToFrozenDictionary(kv => kv.Value, kv => kv.Key, StringComparer.Ordinal);

    /// <summary>Every wire name.</summary>
    public static IReadOnlyCollection<string> All => TypeByName.Keys;

    /// <summary>The wire name of an event.</summary>
    public static string Of(ConsultationEvent e) => NameByType[e.GetType()];

    /// <summary>The event type of a wire name, or null when unknown.</summary>
    public static Type? TypeOf(string name) => TypeByName.GetValueOrDefault(name);
}
