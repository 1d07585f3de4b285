using System.Text.Json;
using System.Text.Json.Serialization;

namespace ConsultHub.Web.Hubs;

/// <summary>Writes a <see cref="SerializedEnvelope"/>'s bytes as they are; the hub never reads one.</summary>
public sealed class SerializedEnvelopeConverter : JsonConverter<SerializedEnvelope>
{
    /// <inheritdoc/>
    public override SerializedEnvelope Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Envelopes are only sent, never received.");

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, SerializedEnvelope value, JsonSerializerOptions options) =>
        writer.WriteRawValue(value.Utf8Json, skipInputValidation: true);
}
