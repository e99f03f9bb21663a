namespace Graph.Extraction.Gazetteers;

/// <summary>
/// A tab-separated table as the gazetteers are written: the first line <c># col1&lt;TAB&gt;col2...</c> names the
/// columns, other lines starting with '#' are comments, cells holding lists separate items with '|'.
/// </summary>
public sealed class TsvTable
{
    private readonly Dictionary<string, int> _columns;

    private TsvTable(string name, IReadOnlyList<string> columns, IReadOnlyList<string[]> rows)
    {
        Name = name;
        Columns = columns;
        Rows = rows;
        _columns = columns.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i, StringComparer.Ordinal);
    }

    /// <summary>Where the table came from, for messages.</summary>
    public string Name { get; }

    /// <summary>Column names, in order.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>Data rows; each has exactly one cell per column.</summary>
    public IReadOnlyList<string[]> Rows { get; }

    /// <summary>Whether the table has a column of this name.</summary>
    public bool HasColumn(string column) => _columns.ContainsKey(column);

    /// <summary>A cell's text, trimmed ("" when the column is absent).</summary>
    public string Cell(string[] row, string column) =>
        _columns.TryGetValue(column, out var i) && i < row.Length ? row[i].Trim() : "";

    /// <summary>A list cell's items.</summary>
    public string[] List(string[] row, string column) =>
        Cell(row, column).Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Parses a table; errors name the table and line.</summary>
    public static TsvTable Parse(string name, TextReader reader)
    {
        string[]? columns = null;
        var rows = new List<string[]>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0) continue;
            if (line.StartsWith('#'))
            {
                if (columns is null && line.Contains('\t')) columns = line.TrimStart('#', ' ').Split('\t').Select(c => c.Trim()).ToArray();
                continue;
            }
            if (columns is null)
            {
                throw new FormatException($"{name}:{lineNumber}: no header line ('# col1<TAB>col2...') before the first row");
            }
            var cells = line.Split('\t');
            if (cells.Length > columns.Length)
            {
                throw new FormatException($"{name}:{lineNumber}: {cells.Length} cells but the header names {columns.Length} columns");
            }
            if (cells.Length < columns.Length) Array.Resize(ref cells, columns.Length);
            for (var i = 0; i < cells.Length; i++) cells[i] ??= "";
            rows.Add(cells);
        }
        return new TsvTable(name, columns ?? [], rows);
    }
}
