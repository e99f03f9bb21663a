using System.Globalization;
using System.Text;
using Graph.Neo4j.Database;

namespace Graph.Cli.Query;

/// <summary>
/// Records as an aligned table, as cypher-shell prints them: a header, a rule, and a row per record; cells longer
/// than the column limit wrap onto further lines at spaces, so long statements stay readable in a terminal.
/// </summary>
public static class TableResultWriter
{
    /// <summary>The widest a column grows before its cells wrap.</summary>
    public const int DefaultMaxColumnWidth = 60;

    /// <summary>Writes the records of <paramref name="result"/>, then a line with their number.</summary>
    public static void Write(CypherResult result, TextWriter output, int maxColumnWidth = DefaultMaxColumnWidth)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxColumnWidth, 8);
        var count = result.Records.Count;
        var footer = string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? "row" : "rows")}\n");
        if (result.Keys.Count == 0)
        {
            output.Write(footer);
            return;
        }

        var cells = result.Records
            .Select(record => result.Keys.Select((_, c) => Wrap(Flatten(CypherValueText.Format(c < record.Count ? record[c] : null)), maxColumnWidth)).ToArray())
            .ToList();
        var widths = result.Keys.Select((key, c) =>
            Math.Max(key.Length, cells.Count == 0 ? 0 : cells.Max(row => row[c].Count == 0 ? 0 : row[c].Max(line => line.Length)))).ToArray();

        var sb = new StringBuilder();
        var rule = "+" + string.Join("+", widths.Select(w => new string('-', w + 2))) + "+\n";
        sb.Append(rule);
        AppendLine(sb, result.Keys, widths);
        sb.Append(rule);
        foreach (var row in cells)
        {
            var height = Math.Max(1, row.Max(lines => lines.Count));
            for (var line = 0; line < height; line++)
            {
                AppendLine(sb, row.Select(lines => line < lines.Count ? lines[line] : "").ToArray(), widths);
            }
        }
        sb.Append(rule);
        sb.Append(footer);
        output.Write(sb.ToString());
    }

    private static void AppendLine(StringBuilder sb, IReadOnlyList<string> cells, int[] widths)
    {
        sb.Append('|');
        for (var c = 0; c < widths.Length; c++)
        {
            sb.Append(' ').Append(cells[c]).Append(' ', widths[c] - cells[c].Length + 1).Append('|');
        }
        sb.Append('\n');
    }

    /// <summary>Line breaks and tabs inside a value would break the table's lines: they become spaces.</summary>
    private static string Flatten(string text) =>
        text.AsSpan().IndexOfAny("\r\n\t") < 0 ? text : text.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\r', ' ').Replace('\n', ' ').Replace('\t', ' ');

    /// <summary>Splits <paramref name="text"/> into lines of at most <paramref name="width"/> characters, at spaces where it can.</summary>
    internal static List<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var rest = text.AsSpan();
        while (rest.Length > width)
        {
            var cut = rest[..(width + 1)].LastIndexOf(' ');
            if (cut <= 0) cut = width;
            lines.Add(rest[..cut].TrimEnd().ToString());
            rest = rest[cut..].TrimStart(' ');
        }
        if (rest.Length > 0 || lines.Count == 0) lines.Add(rest.ToString());
        return lines;
    }
}
