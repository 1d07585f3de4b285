namespace ConsultHub.Storage.Tests;

/// <summary>Builds journal records for tests: versions in a row, payloads that say where they came from.</summary>
internal static class Records
{
    public static readonly DateTimeOffset Start = new(2025, 3, 14, 9, 30, 0, TimeSpan.Zero);

    public static JournalRecord One(long version, string data = "", string type = "point-posted") =>
        new(version, type, data.Length > 0 ? data : $$"""{"n":{{version}}}""", Start.AddSeconds(version).AddTicks(version));

    /// <summary><paramref name="count"/> records from version <paramref name="first"/>, each payload tagged with <paramref name="tag"/>.</summary>
    public static JournalRecord[] Range(long first, int count, string tag = "a") =>
        Enumerable.Range(0, count).Select(i => One(first + i, $$"""{"tag":"{{tag}}","n":{{first + i}}}""")).ToArray();

    /// <summary>Text of <paramref name="length"/> characters mixing ASCII, JSON escapes, accents, CJK and surrogate pairs.</summary>
    public static string MixedText(int length)
    {
        const string pattern = "{\"k\":\"value\\\\ é 中文 😀 עברית\"}\n";
        var text = new System.Text.StringBuilder(length + pattern.Length);
        while (text.Length < length)
        {
            text.Append(pattern);
        }

        return text.ToString();
    }
}
