using System.Text.Json;
using System.Text.Json.Serialization;
using ConsultHub.Domain.Events;

namespace ConsultHub.Domain.Serialization;

/// <summary>
/// The JSON conventions of the journal and the wire, written once: camelCase names, enums as
/// kebab-case strings ("point-of-order", "civil-society"), nulls omitted.
/// </summary>
public static class DomainJson
{
    /// <summary>Shared options; do not mutate.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>Creates a fresh copy of the conventions, for hosts that configure their own serializers.</summary>
    public static JsonSerializerOptions Create() => Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    /// <summary>Applies the conventions to existing options (SignalR's, ASP.NET's).</summary>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        return options;
    }

    /// <summary>Serializes an event's payload (without its type name).</summary>
    public static string SerializeEvent(ConsultationEvent e) => JsonSerializer.Serialize(e, e.GetType(), Options);

    /// <summary>Reads an event payload of a known type name.</summary>
    public static ConsultationEvent DeserializeEvent(string type, string data)
    {
        var clr = EventTypeNames.TypeOf(type) ?? throw new JsonException($"Unknown event type '{type}'.");
        return (ConsultationEvent)(JsonSerializer.Deserialize(data, clr, Options) ?? throw new JsonException($"Empty '{type}' event."));
    }
}
