using System.Text.Json;
using ConsultHub.Domain.Serialization;
using MessagePack;
using MessagePack.Formatters;
using MessagePack.Resolvers;

namespace ConsultHub.Web.Hubs;

/// <summary>
/// How the MessagePack hub protocol writes the hub's payloads: pre-serialized envelopes as their
/// cached MessagePack bytes, arguments of plain types (strings, numbers, flags, string lists) as
/// MessagePack's own, and every other payload (Watch replies, command replies, the wall) through
/// System.Text.Json with the domain's conventions, rewritten as MessagePack; so both protocols
/// carry the same shapes and names.
/// </summary>
public sealed class HubMessagePackResolver : IFormatterResolver
{
    /// <summary>The resolver.</summary>
    public static readonly HubMessagePackResolver Instance = new();

    /// <summary>The serializer options the hub's MessagePack protocol uses.</summary>
    public static readonly MessagePackSerializerOptions Options =
        MessagePackSerializerOptions.Standard.WithResolver(Instance).WithSecurity(MessagePackSecurity.UntrustedData);

    private HubMessagePackResolver()
    {
    }

    /// <inheritdoc/>
    public IMessagePackFormatter<T>? GetFormatter<T>() => Cache<T>.Formatter;

    private static class Cache<T>
    {
        public static readonly IMessagePackFormatter<T>? Formatter = Create();

        private static IMessagePackFormatter<T>? Create()
        {
            if (typeof(T) == typeof(SerializedEnvelope))
            {
                return (IMessagePackFormatter<T>)(object)new EnvelopeFormatter();
            }
            if (typeof(T) == typeof(SerializedEnvelope[]))
            {
                return (IMessagePackFormatter<T>)(object)new ArrayFormatter<SerializedEnvelope>();
            }
            return BuiltinResolver.Instance.GetFormatter<T>() ?? new JsonBridgeFormatter<T>();
        }
    }

    private sealed class EnvelopeFormatter : IMessagePackFormatter<SerializedEnvelope>
    {
        public void Serialize(ref MessagePackWriter writer, SerializedEnvelope value, MessagePackSerializerOptions options) =>
            writer.WriteRaw(value.MessagePack);

        public SerializedEnvelope Deserialize(ref MessagePackReader reader, MessagePackSerializerOptions options) =>
            throw new MessagePackSerializationException("Envelopes are only sent, never received.");
    }

    private sealed class JsonBridgeFormatter<T> : IMessagePackFormatter<T>
    {
        public void Serialize(ref MessagePackWriter writer, T value, MessagePackSerializerOptions options)
        {
            if (value is null)
            {
                writer.WriteNil();
                return;
            }
            writer.WriteRaw(JsonToMessagePack.Transcode(JsonSerializer.SerializeToUtf8Bytes(value, value.GetType(), DomainJson.Options)));
        }

        // No hub method takes more than plain values; anything else is refused as a binding failure.
        public T Deserialize(ref MessagePackReader reader, MessagePackSerializerOptions options) =>
            throw new MessagePackSerializationException($"The hub takes no {typeof(T).Name} argument.");
    }
}
