using System.Buffers;
using System.Text.Json;
using MessagePack;

namespace ConsultHub.Web.Hubs;

/// <summary>
/// Rewrites JSON as the same tree in MessagePack (objects as maps with string keys, whole numbers as
/// integers, others as doubles), so MessagePack clients get exactly the shapes the browser contract
/// describes in JSON: the hub's JSON conventions (camelCase, kebab-case values, type discriminators)
/// are written once, by System.Text.Json, for both protocols.
/// </summary>
public static class JsonToMessagePack
{
    /// <summary>The MessagePack form of a UTF-8 JSON value.</summary>
    public static byte[] Transcode(ReadOnlyMemory<byte> utf8Json)
    {
        using var document = JsonDocument.Parse(utf8Json);
        var buffer = new ArrayBufferWriter<byte>(utf8Json.Length);
        var writer = new MessagePackWriter(buffer);
        Write(ref writer, document.RootElement);
        writer.Flush();
        return buffer.WrittenSpan.ToArray();
    }

    private static void Write(ref MessagePackWriter writer, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var count = 0;
                foreach (var _ in element.EnumerateObject())
                {
                    count++;
                }
                writer.WriteMapHeader(count);
                foreach (var property in element.EnumerateObject())
                {
                    writer.Write(property.Name);
                    Write(ref writer, property.Value);
                }
                break;
            case JsonValueKind.Array:
                writer.WriteArrayHeader(element.GetArrayLength());
                foreach (var item in element.EnumerateArray())
                {
                    Write(ref writer, item);
                }
                break;
            case JsonValueKind.String:
                writer.Write(element.GetString());
                break;
            case JsonValueKind.Number when element.TryGetInt64(out var whole):
                writer.Write(whole);
                break;
            case JsonValueKind.Number:
                writer.Write(element.GetDouble());
                break;
            case JsonValueKind.True:
                writer.Write(true);
                break;
            case JsonValueKind.False:
                writer.Write(false);
                break;
            default:
                writer.WriteNil();
                break;
        }
    }
}
