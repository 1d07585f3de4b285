using ConsultHub.Domain.Rules;

namespace ConsultHub.Domain.Tests.Rules;

public sealed class TextRulesTests
{
    private static (bool Ok, string Value, string Error) Normalize(string? input, int max = 10, bool multiline = true)
    {
        var ok = TextRules.TryNormalize(input, "Text", max, multiline, out var value, out var error);
        return (ok, value, error);
    }

    [Fact]
    public void TryNormalize_TrimsSurroundingWhitespace()
    {
        Assert.Equal((true, "a b", ""), Normalize("  a b \n "));
    }

    [Fact]
    public void TryNormalize_CountsUnicodeScalars_NotUtf16Units()
    {
        var tenEmoji = string.Concat(Enumerable.Repeat("😀", 10));

        Assert.True(Normalize(tenEmoji).Ok);
        Assert.False(Normalize(tenEmoji + "😀").Ok);
        Assert.Contains("11", Normalize(tenEmoji + "😀").Error);
    }

    [Fact]
    public void TryNormalize_CountsLengthAfterTrimming()
    {
        Assert.True(Normalize("   0123456789   ").Ok);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\n")]
    public void TryNormalize_NothingLeft_IsRefused(string? input)
    {
        Assert.False(Normalize(input).Ok);
    }

    [Fact]
    public void TryNormalize_Newline_IsAllowedOnlyInMultilineText()
    {
        Assert.Equal("a\nb", Normalize("a\nb").Value);
        Assert.False(Normalize("a\nb", multiline: false).Ok);
    }

    [Fact]
    public void TryNormalize_CrLf_BecomesNewline()
    {
        Assert.Equal("a\nb", Normalize("a\r\nb").Value);
    }

    [Theory]
    [InlineData("a\u0000b")]
    [InlineData("a\u0007b")]
    [InlineData("a\tb")]
    [InlineData("a\rb")]
    [InlineData("a\u001Bb")]
    [InlineData("a\u007Fb")]
    [InlineData("a\u0085b")]
    [InlineData("a\u009Bb")]
    public void TryNormalize_ControlCharactersOtherThanNewline_AreRefused(string input)
    {
        var (ok, _, error) = Normalize(input);

        Assert.False(ok);
        Assert.Contains("not allowed", error);
    }

    [Theory]
    [InlineData("a\u200Bb")] // zero-width space
    [InlineData("a\u200Eb")] // left-to-right mark
    [InlineData("a\u200Fb")] // right-to-left mark
    [InlineData("a\u061Cb")] // Arabic letter mark
    [InlineData("a\u202Ab")]
    [InlineData("a\u202Eb")] // right-to-left override
    [InlineData("a\u2066b")]
    [InlineData("a\u2069b")] // pop directional isolate
    [InlineData("a\u2060b")] // word joiner
    [InlineData("a\uFEFFb")] // byte-order mark
    [InlineData("a\u2028b")] // line separator
    [InlineData("a\u2029b")]
    [InlineData("a\uFFF9b")]
    public void TryNormalize_InvisibleOrDisguisingCharacters_AreRefused(string input)
    {
        Assert.False(Normalize(input).Ok);
    }

    [Fact]
    public void TryNormalize_UnpairedSurrogates_AreRefused()
    {
        // Built in code: xunit's theory data would replace a lone surrogate with U+FFFD.
        Assert.False(Normalize("a" + (char)0xD800 + "b").Ok);
        Assert.False(Normalize("a" + (char)0xDC00 + "b").Ok);
        Assert.False(Normalize("ab" + (char)0xD83D).Ok);
    }

    [Fact]
    public void TryNormalize_EveryBidiControlCharacter_IsRefused()
    {
        // Unicode's Bidi_Control property: the characters that can reorder what a reader sees.
        int[] bidiControls = [0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069];

        Assert.All(bidiControls, c => Assert.False(Normalize($"a{(char)c}b").Ok, $"U+{c:X4} was allowed"));
    }

    [Theory]
    [InlineData("👨‍👩‍👧")] // zero-width joiners inside an emoji sequence
    [InlineData("क्‍ष")] // joiner in Devanagari
    [InlineData("Ngũgĩ")]
    [InlineData("東京")]
    [InlineData("שלום")]
    public void TryNormalize_RealWorldText_IsKept(string input)
    {
        Assert.Equal((true, input, ""), Normalize(input));
    }

    [Fact]
    public void TryNormalizeOptional_BlankBecomesNull()
    {
        Assert.True(TextRules.TryNormalizeOptional("   ", "Affiliation", 5, false, out var value, out _));
        Assert.Null(value);
        Assert.True(TextRules.TryNormalizeOptional(null, "Affiliation", 5, false, out value, out _));
        Assert.Null(value);
    }

    [Fact]
    public void TryNormalizeOptional_GivenText_IsValidatedLikeRequiredText()
    {
        Assert.True(TextRules.TryNormalizeOptional(" UoN ", "Affiliation", 5, false, out var value, out _));
        Assert.Equal("UoN", value);
        Assert.False(TextRules.TryNormalizeOptional("123456", "Affiliation", 5, false, out _, out _));
        Assert.False(TextRules.TryNormalizeOptional("a\u0007", "Affiliation", 5, false, out _, out _));
    }
}
