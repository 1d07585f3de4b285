using System.Text;

namespace ConsultHub.Domain.Summaries;

/// <summary>Block-level Markdown with "\n" line ends and one blank line between blocks. Callers escape user text.</summary>
internal sealed class MarkdownWriter
{
    private readonly StringBuilder _sb = new();

    public void Heading(int level, string text)
    {
        _sb.Append('#', Math.Clamp(level, 1, 6)).Append(' ').Append(text).Append('\n');
        Blank();
    }

    public void Paragraph(string text)
    {
        _sb.Append(text).Append('\n');
        Blank();
    }

    public void Item(string label, string value) => _sb.Append("- **").Append(label).Append(":** ").Append(value).Append('\n');

    public void Line(string text) => _sb.Append(text).Append('\n');

    public void Blank() => _sb.Append('\n');

    public void Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        Row(header);
        _sb.Append('|').Append(string.Concat(header.Select(_ => "---|"))).Append('\n');
        foreach (var row in rows)
        {
            Row(row);
        }
        Blank();
    }

    public override string ToString() => _sb.ToString().TrimEnd('\n') + "\n";

    private void Row(IReadOnlyList<string> cells) => _sb.Append("| ").Append(string.Join(" | ", cells)).Append(" |\n");
}
