using System.Text.RegularExpressions;
using ConsultHub.Domain.Tests.Builders;

namespace ConsultHub.Domain.Tests.Properties;

/// <summary>
/// Texts for random commands, valid and not. Every point text carries a unique ASCII marker
/// (<c>mk17x</c>) that survives JSON escaping, so a leak of that point's text is a plain substring
/// search; reasons carry <c>rsn17x</c> the same way.
/// </summary>
public static partial class TextSamples
{
    public static string Marker(int n) => $"mk{n}x";

    public static string ReasonMarker(int n) => $"rsn{n}x";

    /// <summary>The marker inside an accepted point text.</summary>
    public static string MarkerOf(string text) => MarkerPattern().Match(text) is { Success: true } m ? m.Value : throw new InvalidOperationException($"No marker in '{text}'.");

    public static string? Point(int variant, int marker)
    {
        var m = Marker(marker);
        return (variant < 50 ? 0 : variant % 24) switch
        {
            10 => $"{m} Ngũgĩ 東京 😀 עברית \"quoted\" </script> & more",
            11 => $"{m}\nsecond line\r\nthird line",
            12 => $"  \n {m} padded \n ",
            13 => m + " " + string.Concat(Enumerable.Repeat("🌍", 1000 - m.Length - 1)),
            14 => m + " " + string.Concat(Enumerable.Repeat("🌍", 1000 - m.Length)),
            15 => "",
            16 => "  \n  ",
            17 => $"{m} bell\u0007",
            18 => $"{m} override\u202Edesrever",
            19 => $"{m}\ttabbed",
            20 => $"{m} zero\u200Bwidth",
            21 => null,
            _ => $"{m} regional hubs need funding {variant}",
        };
    }

    public static string Name(int variant, string id) => (variant % 40) switch
    {
        < 30 => $"Name {id}",
        < 36 => "Ngũgĩ wa Thiong'o",
        36 => "",
        37 => new string('n', 81),
        38 => "Bell\u0007",
        _ => "Line\nbreak",
    };

    public static string? Reason(int variant, int marker) => (variant % 8) switch
    {
        < 4 => null,
        4 or 5 => $"{ReasonMarker(marker)} because",
        6 => $"{ReasonMarker(marker)} bell\u0007",
        _ => ReasonMarker(marker) + new string('r', 500),
    };

    public static string? Theme(int variant) => (variant % 8) switch
    {
        < 3 => null,
        3 => ConsultationBuilder.CapacityBuilding,
        4 => "data sharing AND privacy",
        5 => "  Capacity Building ",
        6 => "Weather",
        _ => "",
    };

    public static string? Affiliation(int variant) => (variant % 20) switch
    {
        < 10 => null,
        < 16 => "University of Nairobi",
        16 or 17 => "   ",
        18 => new string('a', 121),
        _ => "Uni\u0000versity",
    };

    public static string? Country(int variant) => (variant % 20) switch
    {
        < 5 => null,
        < 9 => "KE",
        < 13 => "br",
        < 16 => " jp ",
        16 => "",
        17 => "XX",
        _ => "USA",
    };

    [GeneratedRegex(@"mk\d+x")]
    private static partial Regex MarkerPattern();
}
