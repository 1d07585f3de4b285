using System.Buffers;
using System.Text.Json;

namespace ConsultHub.LoadGenerator.SignalR;

/// <summary>Writes and reads the few SignalR JSON protocol messages the generator needs.</summary>
public static class HubFrames
{
    /// <summary>The record separator that ends every message.</summary>
    public const byte Separator = 0x1e;

    /// <summary>The handshake request.</summary>
    public static readonly byte[] Handshake = "{\"protocol\":\"json\",\"version\":1}\u001e"u8.ToArray();

    /// <summary>A ping.</summary>
    public static readonly byte[] Ping = "{\"type\":6}\u001e"u8.ToArray();

    /// <summary>An invocation message with arguments of the kinds hub methods take.</summary>
    public static byte[] Invocation(int invocationId, string target, object?[] arguments)
    {
        var buffer = new ArrayBufferWriter<byte>(128);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("type", 1);
            json.WriteString("invocationId", invocationId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("target", target);
            json.WriteStartArray("arguments");
            foreach (var argument in arguments)
            {
                WriteValue(json, argument);
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        buffer.Write([Separator]);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Reads a message's type, target, invocation id and the fields the generator uses.</summary>
    public static Frame Read(ReadOnlySpan<byte> message)
    {
        var reader = new Utf8JsonReader(message);
        var frame = new Frame();
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return frame;
        }
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("type"))
            {
                reader.Read();
                frame.Type = reader.GetInt32();
            }
            else if (reader.ValueTextEquals("target"))
            {
                reader.Read();
                frame.IsEvent = reader.ValueTextEquals("Event");
                frame.IsEvents = reader.ValueTextEquals("Events");
            }
            else if (reader.ValueTextEquals("invocationId"))
            {
                reader.Read();
                frame.InvocationId = int.Parse(reader.GetString()!, System.Globalization.CultureInfo.InvariantCulture);
            }
            else if (reader.ValueTextEquals("arguments") && frame.IsEvent)
            {
                reader.Read();
                reader.Read();
                frame.Version = ReadVersionAndId(ref reader, out _);
                return frame;
            }
            else if (reader.ValueTextEquals("arguments") && frame.IsEvents)
            {
                reader.Read();
                reader.Read();
                var versions = new List<long>();
                while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
                {
                    versions.Add(ReadVersionAndId(ref reader, out _));
                }
                frame.Versions = versions;
                return frame;
            }
            else if (reader.ValueTextEquals("result"))
            {
                reader.Read();
                if (reader.TokenType == JsonTokenType.StartObject)
                {
                    frame.Version = ReadVersionAndId(ref reader, out var id);
                    frame.Id = id;
                }
                else
                {
                    reader.Skip();
                }
            }
            else if (reader.ValueTextEquals("error"))
            {
                reader.Read();
                frame.Error = reader.GetString();
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }
        return frame;
    }

    /// <summary>Reads <c>version</c> and <c>id</c> of the object the reader is at, skipping the rest (the view).</summary>
    private static long ReadVersionAndId(ref Utf8JsonReader reader, out string? id)
    {
        id = null;
        long version = -1;
        var depth = reader.CurrentDepth;
        while (reader.Read() && !(reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == depth))
        {
            if (reader.TokenType != JsonTokenType.PropertyName)
            {
                continue;
            }
            if (reader.ValueTextEquals("version"))
            {
                reader.Read();
                version = reader.GetInt64();
            }
            else if (reader.ValueTextEquals("id"))
            {
                reader.Read();
                id = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }
        return version;
    }

    private static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null: json.WriteNullValue(); break;
            case string s: json.WriteStringValue(s); break;
            case int i: json.WriteNumberValue(i); break;
            case long l: json.WriteNumberValue(l); break;
            case bool b: json.WriteBooleanValue(b); break;
            case string[] list:
                json.WriteStartArray();
                foreach (var item in list)
                {
                    json.WriteStringValue(item);
                }
                json.WriteEndArray();
                break;
            default: throw new ArgumentException($"Unsupported argument type {value.GetType()}.", nameof(value));
        }
    }

    /// <summary>The parts of a message the generator reads.</summary>
    public struct Frame
    {
        /// <summary>The message type (1 invocation, 3 completion, 6 ping, 7 close); 0 for the handshake reply.</summary>
        public int Type;
        /// <summary>Whether this is an <c>Event</c> invocation.</summary>
        public bool IsEvent;
        /// <summary>Whether this is an <c>Events</c> invocation (several envelopes in version order).</summary>
        public bool IsEvents;
        /// <summary>The versions of an <c>Events</c> invocation's envelopes, in order.</summary>
        public List<long>? Versions;
        /// <summary>The completion's invocation id.</summary>
        public int InvocationId;
        /// <summary>The event's or reply's version.</summary>
        public long Version;
        /// <summary>The reply's created id.</summary>
        public string? Id;
        /// <summary>The completion's error.</summary>
        public string? Error;
    }
}
