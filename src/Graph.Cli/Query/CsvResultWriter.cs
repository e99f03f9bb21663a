using System.Text;
using Graph.Neo4j.Database;

namespace Graph.Cli.Query;

/// <summary>Records as RFC 4180 CSV: a header row of column names, CRLF line ends, fields quoted when they must be.</summary>
public static class CsvResultWriter
{
    /// <summary>Writes the records of <paramref name="result"/>. Lists, maps, nodes and paths go in one field each, as text.</summary>
    public static void Write(CypherResult result, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        WriteRow(output, result.Keys);
        foreach (var record in result.Records) WriteRow(output, record.Select(CypherValueText.Format).ToArray());
    }

    private static void WriteRow(TextWriter output, IReadOnlyList<string> fields)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0) sb.Append(',');
            var field = fields[i];
            // RFC 4180 §2.6-2.7: a field with a comma, quote or line break is quoted, its quotes doubled.
            if (field.AsSpan().IndexOfAny(",\"\r\n") >= 0) sb.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            else sb.Append(field);
        }
        sb.Append("\r\n");
        output.Write(sb.ToString());
    }
}
