using System.Text.Json;

namespace ConsultHub.Web.Tests.Trust.Fuzz;

/// <summary>JSON literals for the fuzz catalogs, written by hand where System.Text.Json would refuse or repair them.</summary>
public static class Json
{
    /// <summary>A JSON string literal; characters that need escaping are escaped.</summary>
    public static string Str(string value) => JsonSerializer.Serialize(value);

    /// <summary>A string of <paramref name="length"/> characters (a short sentence repeated).</summary>
    public static string Long(int length) => Str(string.Concat(Enumerable.Repeat("Long text ", length / 10 + 1))[..length]);

    /// <summary>A JSON array of literals.</summary>
    public static string Array(IEnumerable<string> literals) => "[" + string.Join(",", literals) + "]";

    /// <summary>A JSON object of name/literal pairs.</summary>
    public static string Object(IEnumerable<KeyValuePair<string, string>> fields) =>
        "{" + string.Join(",", fields.Select(f => $"{Str(f.Key)}:{f.Value}")) + "}";

    /// <summary>
    /// Strings no field accepts: control and invisible characters (NUL, BEL, ESC, bidirectional overrides,
    /// zero-width space, byte-order mark, line separator) and lone surrogates, as JSON escapes.
    /// </summary>
    public static IReadOnlyList<string> BadUnicode { get; } =
    [
        @"""\u0000""", @"""a\u0000b""", @"""\u0007bell""", @"""\u001b[31mred""", @"""\u202eevil""", @"""ab\u202dc""",
        @"""\u200b""", @"""zero\u200bwidth""", @"""\ufeffbom""", @"""line\u2028sep""", @"""\u2066isolate\u2069""",
        @"""\ud800""", @"""x\udc00y""", @"""\udfff\ud800""", @"""cr\ronly""", @"""\u061c""",
    ];

    /// <summary>Values of the wrong JSON type for a string parameter (null is separate: some strings are optional).</summary>
    public static IReadOnlyList<string> NotAString { get; } = ["42", "-1.5", "true", "false", "{}", "[]", @"{""id"":""P1""}", @"[""P1""]", "1e400", "[[[]]]"];

    /// <summary>Values of the wrong JSON type for a 32-bit integer parameter.</summary>
    public static IReadOnlyList<string> NotAnInt { get; } = [@"""7""", @"""one""", "1.5", "true", "null", "{}", "[]", "2147483648", "-2147483649", "1e400", "[1]"];

    /// <summary>Values of the wrong JSON type for a boolean parameter.</summary>
    public static IReadOnlyList<string> NotABool { get; } = [@"""true""", "1", "0", "null", "{}", "[]", @"""yes"""];

    /// <summary>Values of the wrong JSON type for an optional version number.</summary>
    public static IReadOnlyList<string> NotALong { get; } = [@"""5""", "true", "1.5", "{}", "[]", "9223372036854775808", "1e400", @"""x"""];
}
