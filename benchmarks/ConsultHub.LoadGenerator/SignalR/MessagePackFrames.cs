using System.Buffers;
using MessagePack;

namespace ConsultHub.LoadGenerator.SignalR;

/// <summary>
/// Writes and reads the few SignalR MessagePack protocol messages the generator needs: each message
/// is a MessagePack array after its length as a varint; the handshake stays JSON.
/// </summary>
public static class MessagePackFrames
{
    /// <summary>The handshake request.</summary>
    public static readonly byte[] Handshake = "{\"protocol\":\"messagepack\",\"version\":1}\u001e"u8.ToArray();

    /// <summary>A ping: [6].</summary>
    public static readonly byte[] Ping = Framed((ref MessagePackWriter writer) =>
    {
        writer.WriteArrayHeader(1);
        writer.Write(6);
    });

    /// <summary>An invocation [1, headers, id, target, arguments, streams] with arguments of the kinds hub methods take.</summary>
    public static byte[] Invocation(int invocationId, string target, object?[] arguments) => Framed((ref MessagePackWriter writer) =>
    {
        writer.WriteArrayHeader(6);
        writer.Write(1);
        writer.WriteMapHeader(0);
        writer.Write(invocationId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        writer.Write(target);
        writer.WriteArrayHeader(arguments.Length);
        foreach (var argument in arguments)
        {
            WriteValue(ref writer, argument);
        }
        writer.WriteArrayHeader(0);
    });

    /// <summary>Reads one message's length prefix; false when the buffer does not hold the whole message yet.</summary>
    public static bool TryReadLength(ReadOnlySpan<byte> buffer, out int prefix, out int length)
    {
        length = 0;
        for (prefix = 0; prefix < Math.Min(buffer.Length, 5); prefix++)
        {
            var b = buffer[prefix];
            length |= (b & 0x7f) << (7 * prefix);
            if ((b & 0x80) == 0)
            {
                prefix++;
                return buffer.Length - prefix >= length;
            }
        }
        return false;
    }

    /// <summary>Reads a message's type, target, invocation id and the fields the generator uses.</summary>
    public static HubFrames.Frame Read(ReadOnlyMemory<byte> message)
    {
        var reader = new MessagePackReader(message);
        var frame = new HubFrames.Frame();
        var count = reader.ReadArrayHeader();
        frame.Type = reader.ReadInt32();
        switch (frame.Type)
        {
            case 1:
                reader.Skip();
                reader.Skip();
                var target = reader.ReadString();
                frame.IsEvent = target == "Event";
                frame.IsEvents = target == "Events";
                reader.ReadArrayHeader();
                if (frame.IsEvent)
                {
                    frame.Version = ReadVersionAndId(ref reader, out _);
                }
                else if (frame.IsEvents)
                {
                    var envelopes = reader.ReadArrayHeader();
                    frame.Versions = new List<long>(envelopes);
                    for (var i = 0; i < envelopes; i++)
                    {
                        frame.Versions.Add(ReadVersionAndId(ref reader, out _));
                    }
                }
                break;
            case 3:
                reader.Skip();
                frame.InvocationId = int.Parse(reader.ReadString()!, System.Globalization.CultureInfo.InvariantCulture);
                var kind = reader.ReadInt32();
                if (kind == 1)
                {
                    frame.Error = reader.ReadString();
                }
                else if (kind == 3 && count > 4 && reader.NextMessagePackType == MessagePackType.Map)
                {
                    frame.Version = ReadVersionAndId(ref reader, out var id);
                    frame.Id = id;
                }
                break;
        }
        return frame;
    }

    /// <summary>Reads <c>version</c> and <c>id</c> of the map the reader is at (either case: the baseline's keys are PascalCase), skipping the rest.</summary>
    private static long ReadVersionAndId(ref MessagePackReader reader, out string? id)
    {
        id = null;
        long version = -1;
        var fields = reader.ReadMapHeader();
        for (var i = 0; i < fields; i++)
        {
            var name = reader.ReadString();
            if (string.Equals(name, "version", StringComparison.OrdinalIgnoreCase))
            {
                version = reader.ReadInt64();
            }
            else if (string.Equals(name, "id", StringComparison.OrdinalIgnoreCase) && reader.NextMessagePackType == MessagePackType.String)
            {
                id = reader.ReadString();
            }
            else
            {
                reader.Skip();
            }
        }
        return version;
    }

    private static void WriteValue(ref MessagePackWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNil(); break;
            case string s: writer.Write(s); break;
            case int i: writer.Write(i); break;
            case long l: writer.Write(l); break;
            case bool b: writer.Write(b); break;
            case string[] list:
                writer.WriteArrayHeader(list.Length);
                foreach (var item in list)
                {
                    writer.Write(item);
                }
                break;
            default: throw new ArgumentException($"Unsupported argument type {value.GetType()}.", nameof(value));
        }
    }

    private delegate void Body(ref MessagePackWriter writer);

    private static byte[] Framed(Body body)
    {
        var payload = new ArrayBufferWriter<byte>(128);
        var writer = new MessagePackWriter(payload);
        body(ref writer);
        writer.Flush();
        var length = payload.WrittenCount;
        var framed = new List<byte>(length + 5);
        do
        {
            var b = (byte)(length & 0x7f);
            length >>= 7;
            framed.Add(length > 0 ? (byte)(b | 0x80) : b);
        }
        while (length > 0);
        framed.AddRange(payload.WrittenSpan);
        return [.. framed];
    }
}
