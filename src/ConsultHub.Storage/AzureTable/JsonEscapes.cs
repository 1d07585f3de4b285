using System.Buffers;
using System.Globalization;
using System.Text;

namespace ConsultHub.Storage.AzureTable;

/// <summary>
/// Undoes the needless escapes of System.Text.Json's default encoder, which Azure.Data.Tables
/// writes with: every non-ASCII character becomes <c>\uXXXX</c> (6 bytes, 12 for a surrogate pair)
/// and so do <c>"</c>, <c>'</c>, <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c>, <c>+</c>. That inflates text up to 6 bytes a
/// UTF-16 unit and breaks <see cref="PayloadBudget"/>'s estimate and Azurite's 1 MiB entity check,
/// which counts request bytes. Rewritten, the wire carries what Microsoft.Azure.Cosmos.Table sent:
/// raw UTF-8, escapes only for quotes, backslashes and control characters.
/// </summary>
internal static class JsonEscapes
{
    /// <summary>
    /// Rewrites each <c>\uXXXX</c> escape of <paramref name="body"/> that JSON does not need as the
    /// character in UTF-8. Other bytes are copied as they are, so a JSON document, or a multipart
    /// batch of JSON bodies whose framing holds no backslash, keeps its meaning.
    /// </summary>
    public static byte[] Compact(ReadOnlySpan<byte> body)
    {
        if (body.IndexOf("\\u"u8) < 0)
        {
            return body.ToArray();
        }

        var output = new ArrayBufferWriter<byte>(body.Length);
        Span<byte> utf8 = stackalloc byte[4];
        var i = 0;
        while (i < body.Length)
        {
            var next = body[i..].IndexOf((byte)'\\');
            if (next < 0)
            {
                output.Write(body[i..]);
                break;
            }

            output.Write(body.Slice(i, next));
            i += next;
            var consumed = TryUnescape(body[i..], out var rune);
            if (consumed == 0)
            {
                // An escape JSON needs (\n, \", \\, \u0000 to \u001F, a lone surrogate): kept as written.
                var length = IsEscape(body[i..], out _) ? 6 : Math.Min(2, body.Length - i);
                output.Write(body.Slice(i, length));
                i += length;
                continue;
            }

            if (rune.Value is '"' or '\\')
            {
                output.Write([(byte)'\\', (byte)rune.Value]);
            }
            else
            {
                output.Write(utf8[..rune.EncodeToUtf8(utf8)]);
            }

            i += consumed;
        }

        return output.WrittenSpan.ToArray();
    }

    /// <summary>How many bytes the escape (or surrogate pair of escapes) at the start spans; 0 when it stays.</summary>
    private static int TryUnescape(ReadOnlySpan<byte> text, out Rune rune)
    {
        rune = default;
        if (!IsEscape(text, out var unit) || unit < 0x20)
        {
            return 0;
        }

        if (Rune.TryCreate((char)unit, out rune))
        {
            return 6;
        }

        if (char.IsHighSurrogate((char)unit) && IsEscape(text[6..], out var low) && Rune.TryCreate((char)unit, (char)low, out rune))
        {
            return 12;
        }

        return 0;
    }

    private static bool IsEscape(ReadOnlySpan<byte> text, out int unit)
    {
        unit = 0;
        return text.Length >= 6 && text[0] == '\\' && text[1] == 'u'
            && int.TryParse(text.Slice(2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out unit);
    }
}
