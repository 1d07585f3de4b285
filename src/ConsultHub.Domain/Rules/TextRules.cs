using System.Text;

namespace ConsultHub.Domain.Rules;

/// <summary>
/// Normalizes and validates free text. Length counts Unicode scalar values (an emoji is one),
/// after trimming. Control characters are refused (newline only where text may span lines), and
/// so are the invisible characters that can disguise text: bidirectional marks, overrides and isolates,
/// zero-width spaces, byte-order marks and unpaired surrogates. Joiners (U+200C, U+200D) stay
/// allowed because several scripts and emoji sequences need them.
/// </summary>
public static class TextRules
{
    /// <summary>Validates required text; returns the normalized text or an error sentence.</summary>
    public static bool TryNormalize(string? input, string field, int maxLength, bool multiline, out string value, out string error)
    {
        value = "";
        if (input is null)
        {
            error = $"{field} is required.";
            return false;
        }
        var text = input.Replace("\r\n", "\n").Trim();
        if (!IsClean(text, multiline, out var bad))
        {
            error = $"{field} contains a character that is not allowed ({bad}).";
            return false;
        }
        var length = CountScalars(text);
        if (length == 0)
        {
            error = $"{field} must not be empty.";
            return false;
        }
        if (length > maxLength)
        {
            error = $"{field} must be at most {maxLength} characters (it has {length}).";
            return false;
        }
        value = text;
        error = "";
        return true;
    }

    /// <summary>Validates optional text: null or blank becomes null.</summary>
    public static bool TryNormalizeOptional(string? input, string field, int maxLength, bool multiline, out string? value, out string error)
    {
        if (string.IsNullOrWhiteSpace(input) && (input is null || IsClean(input, multiline: true, out _)))
        {
            value = null;
            error = "";
            return true;
        }
        var ok = TryNormalize(input, field, maxLength, multiline, out var text, out error);
        value = ok ? text : null;
        return ok;
    }

    private static int CountScalars(string text)
    {
        var count = 0;
        foreach (var _ in text.EnumerateRunes())
        {
            count++;
        }
        return count;
    }

    private static bool IsClean(string text, bool multiline, out string bad)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var used) != System.Buffers.OperationStatus.Done)
            {
                bad = $"unpaired surrogate at {i}";
                return false;
            }
            i += used - 1;
            if (!IsAllowed(rune, multiline))
            {
                bad = $"U+{rune.Value:X4}";
                return false;
            }
        }
        bad = "";
        return true;
    }

    private static bool IsAllowed(Rune rune, bool multiline)
    {
        if (rune.Value == '\n')
        {
            return multiline;
        }
        if (Rune.IsControl(rune))
        {
            return false;
        }
        return rune.Value switch
        {
            0x061C or 0x200B or 0x200E or 0x200F or 0x2028 or 0x2029 or 0xFEFF => false,
            >= 0x202A and <= 0x202E => false,
            >= 0x2060 and <= 0x2069 => false,
            >= 0xFFF9 and <= 0xFFFB => false,
            _ => true,
        };
    }
}
