using System.Text;

namespace ConsultHub.Domain.Summaries;

/// <summary>
/// Makes participants' text inert in Markdown: it renders as the words typed, never as headings,
/// lists, links, HTML or table cells. Characters that only mean something at the start of a line
/// are escaped there alone, so ordinary text (dates, hyphenated words) stays readable in the raw file.
/// </summary>
internal static class MarkdownText
{
    private const string EscapedAnywhere = "\\`*[]<>#|~&";

    /// <summary>One line: line breaks become spaces.</summary>
    public static string Inline(string text) => Escape(string.Join(' ', Lines(text)));

    /// <summary>Several lines, each escaped, joined with <paramref name="continuation"/> (a newline plus the list indent).</summary>
    public static string Block(string text, string continuation) => string.Join(continuation, Lines(text).Select(Escape));

    private static IEnumerable<string> Lines(string text) =>
        text.ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);

    private static string Escape(string line)
    {
        var sb = new StringBuilder(line.Length + 8);
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (EscapedAnywhere.Contains(c) || (c == '_' && !Intraword(line, i)) || (i == 0 && c is '-' or '+' or '=') || (c is '.' or ')' && IsDigitRun(line, i)))
            {
                sb.Append('\\');
            }
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>An underscore between letters or digits ("New_York") never starts emphasis.</summary>
    private static bool Intraword(string line, int i) => i > 0 && i < line.Length - 1 && char.IsLetterOrDigit(line[i - 1]) && char.IsLetterOrDigit(line[i + 1]);

    /// <summary>"12." or "3)" at the start of a line would begin an ordered list.</summary>
    private static bool IsDigitRun(string line, int end) => end > 0 && line[..end].All(char.IsAsciiDigit);
}
