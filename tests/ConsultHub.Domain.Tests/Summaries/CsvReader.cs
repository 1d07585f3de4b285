using System.Text;

namespace ConsultHub.Domain.Tests.Summaries;

/// <summary>A strict RFC 4180 reader for checking what the formatter writes: CRLF records, quoted fields, doubled quotes.</summary>
public static class CsvReader
{
    public static IReadOnlyList<IReadOnlyList<string>> Read(string csv)
    {
        var rows = new List<IReadOnlyList<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < csv.Length)
        {
            if (csv[i] == '"' && field.Length == 0)
            {
                i++;
                while (true)
                {
                    Assert.True(i < csv.Length, "A quoted field is not closed.");
                    if (csv[i] == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                    {
                        field.Append('"');
                        i += 2;
                    }
                    else if (csv[i] == '"')
                    {
                        i++;
                        break;
                    }
                    else
                    {
                        field.Append(csv[i++]);
                    }
                }
                Assert.True(i == csv.Length || csv[i] is ',' or '\r', $"Text after a closing quote at {i}.");
            }
            else if (csv[i] == ',')
            {
                row.Add(field.ToString());
                field.Clear();
                i++;
            }
            else if (csv[i] == '\r')
            {
                Assert.True(i + 1 < csv.Length && csv[i + 1] == '\n', $"A bare CR at {i}.");
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
                i += 2;
            }
            else
            {
                Assert.True(csv[i] is not '"' and not '\n', $"A quote or LF in an unquoted field at {i}.");
                field.Append(csv[i++]);
            }
        }
        Assert.True(row.Count == 0 && field.Length == 0, "The last record does not end with CRLF.");
        return rows;
    }
}
