using System.Text;

namespace ConsultHub.Domain.Tests.Summaries;

/// <summary>A minimal line diff (longest common subsequence) with a little context, carriage returns made visible.</summary>
public static class LineDiff
{
    private const int Context = 2, MaxLines = 80;

    public static string Of(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }
        var ops = new List<(char Op, int Line, string Text)>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                ops.Add((' ', x++ + 1, a[y++]));
            }
            else if (x < a.Length && (y == b.Length || lcs[x + 1, y] >= lcs[x, y + 1]))
            {
                ops.Add(('-', x + 1, a[x++]));
            }
            else
            {
                ops.Add(('+', y + 1, b[y++]));
            }
        }
        var sb = new StringBuilder();
        var shown = 0;
        for (var k = 0; k < ops.Count && shown < MaxLines; k++)
        {
            var near = ops.Skip(Math.Max(0, k - Context)).Take(2 * Context + 1).Any(o => o.Op != ' ');
            if (ops[k].Op != ' ' || near)
            {
                sb.Append(ops[k].Op).Append(' ').Append(ops[k].Line.ToString("D4", System.Globalization.CultureInfo.InvariantCulture)).Append(": ")
                    .AppendLine(ops[k].Text.Replace("\r", "\\r", StringComparison.Ordinal));
                shown++;
            }
        }
        return sb.ToString();
    }
}
