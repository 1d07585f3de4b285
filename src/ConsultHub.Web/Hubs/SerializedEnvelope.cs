using System.Text.Json;
using System.Text.Json.Serialization;
using ConsultHub.Domain.Serialization;
using ConsultHub.Grains.Consultations;

namespace ConsultHub.Web.Hubs;

/// <summary>
/// An event envelope serialized once for its audience; every connection of that audience writes
/// the same bytes, so an event costs one serialization per audience, not one per connection.
/// </summary>
[JsonConverter(typeof(SerializedEnvelopeConverter))]
public sealed class SerializedEnvelope
{
    private SerializedEnvelope(long version, byte[] utf8Json)
    {
        Version = version;
        Utf8Json = utf8Json;
    }

    /// <summary>The event's version.</summary>
    public long Version { get; }

    /// <summary>The envelope as UTF-8 JSON with the hub's conventions.</summary>
    public byte[] Utf8Json { get; }

    /// <summary>Serializes an envelope.</summary>
    public static SerializedEnvelope Of(EventEnvelope envelope) =>
        new(envelope.Version, JsonSerializer.SerializeToUtf8Bytes(envelope, DomainJson.Options));
}
