using System.Globalization;
using System.Text;
using CsvHelper;
using Graph.Model;

namespace Graph.Neo4j.Export;

/// <summary>
/// Writes the CSV files of Neo4j's bulk importer, <c>neo4j-admin database import full</c>: one node file per label
/// (<c>nodes-Person.csv</c>, header <c>id:ID(Person),aliases:string[],name,...</c>) and one relationship file per
/// relationship type and pair of end labels (<c>relationships-SAID-Person-Statement.csv</c>, header
/// <c>:START_ID(Person),:END_ID(Statement),:TYPE,id,...</c>), each label its own ID space, and <c>import.sh</c> with the
/// exact command. Fields follow RFC 4180 (CsvHelper's writer): a field with a comma, a quote or a line break is quoted
/// and its quotes doubled, so the command passes <c>--multiline-fields=true</c>. Array elements are joined by U+001F,
/// which no name or text holds (the command passes <c>--array-delimiter=U+001F</c>), so names with commas and
/// semicolons stay whole. A property missing on a node is an empty field (no property), as is an empty list (or a list of
/// one empty text, which the importer cannot tell from it); an empty text is <c>""</c>.
/// This is the fast path for a new database of millions of facts; <c>import.cypher</c> and <c>--neo4j</c> merge
/// into a database that exists.
/// </summary>
public sealed class Neo4jAdminCsvExporter : IGraphFileSetExporter
{
    /// <summary>The character between the elements of an array field.</summary>
    public const char ArrayDelimiter = '\u001f';

    /// <summary>The file holding the import command.</summary>
    public const string CommandFileName = "import.sh";

    /// <summary>RFC 4180 with LF line ends (neo4j-admin reads both), no byte order mark.</summary>
    private static readonly CsvWriterOptions Csv = new() { NewLine = "\n" };

    private int _files;
    private long _rows;

    /// <inheritdoc />
    public string Format => "csv";

    /// <inheritdoc />
    public string FolderName => "neo4j-admin";

    /// <inheritdoc />
    public string? WrittenCount => string.Create(CultureInfo.InvariantCulture, $"{_files:N0} CSV files, {_rows:N0} rows");

    /// <inheritdoc />
    public async Task WriteAsync(GraphContent graph, string folder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        _files = 0;
        _rows = 0;
        // First pass: the columns of every file and their types, which the header must state before any row.
        var nodeFiles = new SortedDictionary<string, CsvFile>(StringComparer.Ordinal);
        foreach (var node in graph.Nodes())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var name = node.Label.Name();
            if (!nodeFiles.TryGetValue(name, out var file)) nodeFiles[name] = file = new CsvFile($"nodes-{name}.csv", string.Join(':', node.Label.LabelsOf()));
            file.See(node.Properties, skip: "id");
        }
        var relationshipFiles = new SortedDictionary<string, CsvFile>(StringComparer.Ordinal);
        foreach (var rel in graph.Relationships())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var name = RelationshipFileName(rel);
            if (!relationshipFiles.TryGetValue(name, out var file)) relationshipFiles[name] = file = new CsvFile(name, rel.Type.Name());
            file.See(rel.Properties, skip: "id");
        }

        // Second pass: the rows, every file open at once (a few dozen), in the graph's own order.
        var writers = new Dictionary<string, CsvWriter>(StringComparer.Ordinal);
        try
        {
            foreach (var node in graph.Nodes())
            {
                cancellationToken.ThrowIfCancellationRequested();
                var file = nodeFiles[node.Label.Name()];
                var csv = Open(writers, folder, file, () => NodeHeader(node.Label, file));
                csv.WriteField(node.Id);
                WriteProperties(csv, file, node.Properties);
                csv.EndRecord();
                _rows++;
            }
            foreach (var rel in graph.Relationships())
            {
                cancellationToken.ThrowIfCancellationRequested();
                var file = relationshipFiles[RelationshipFileName(rel)];
                var csv = Open(writers, folder, file, () => RelationshipHeader(rel, file));
                csv.WriteField(rel.Start.Id);
                csv.WriteField(rel.End.Id);
                csv.WriteField(rel.Type.Name());
                csv.WriteField(rel.Id);
                WriteProperties(csv, file, rel.Properties);
                csv.EndRecord();
                _rows++;
            }
        }
        finally
        {
            foreach (var csv in writers.Values) await csv.DisposeAsync().ConfigureAwait(false);
        }
        _files = writers.Count;
        await File.WriteAllTextAsync(Path.Combine(folder, CommandFileName), Command(nodeFiles.Values, relationshipFiles.Values), new UTF8Encoding(false), cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>
    /// The shell script that runs the import from the folder it is in: Neo4j 5.19 or later wants the database name
    /// before the options. The database must not exist yet (or be replaced with <c>--overwrite-destination</c>).
    /// </summary>
    internal static string Command(IEnumerable<CsvFile> nodes, IEnumerable<CsvFile> relationships)
    {
        var sb = new StringBuilder();
        sb.Append("#!/bin/sh\n");
        sb.Append("# Imports these files into a new Neo4j database with Neo4j's bulk importer (Neo4j 5.19 or later). Written by graph import.\n");
        sb.Append("# Usage: sh import.sh [DATABASE] [OPTION...]  (DATABASE: default neo4j; it must not exist, or add --overwrite-destination=true).\n");
        sb.Append("# NEO4J_ADMIN names the program (default: neo4j-admin on the PATH). Afterwards apply graph-schema/schema.cypher\n");
        sb.Append("# with cypher-shell for the constraints and indexes.\n");
        sb.Append("set -e\n");
        sb.Append("cd \"$(dirname \"$0\")\"\n");
        sb.Append("database=\"${1:-neo4j}\"\n");
        sb.Append("[ $# -gt 0 ] && shift\n");
        sb.Append("exec \"${NEO4J_ADMIN:-neo4j-admin}\" database import full \"$database\" \\\n");
        foreach (var file in nodes) sb.Append("  --nodes=").Append(file.Labels).Append('=').Append(file.Name).Append(" \\\n");
        foreach (var file in relationships) sb.Append("  --relationships=").Append(file.Name).Append(" \\\n");
        sb.Append("  --multiline-fields=true --array-delimiter=U+001F \"$@\"\n");
        return sb.ToString();
    }

    /// <summary>The file of a relationship's type and end labels: each end label is an ID space of its own.</summary>
    private static string RelationshipFileName(GraphRelationship rel) => $"relationships-{rel.Type.Name()}-{rel.Start.Label.Name()}-{rel.End.Label.Name()}.csv";

    private static CsvWriter Open(Dictionary<string, CsvWriter> writers, string folder, CsvFile file, Func<IEnumerable<string>> header)
    {
        if (writers.TryGetValue(file.Name, out var csv)) return csv;
        var stream = new FileStream(Path.Combine(folder, file.Name), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        csv = CsvWriter.Create(stream, Csv, leaveOpen: false);
        foreach (var field in header()) csv.WriteField(field);
        csv.EndRecord();
        writers[file.Name] = csv;
        return csv;
    }

    private static IEnumerable<string> NodeHeader(NodeLabel label, CsvFile file) =>
        new[] { $"id:ID({label.Name()})" }.Concat(file.Columns.Select(c => c.Header));

    private static IEnumerable<string> RelationshipHeader(GraphRelationship rel, CsvFile file) =>
        new[] { $":START_ID({rel.Start.Label.Name()})", $":END_ID({rel.End.Label.Name()})", ":TYPE", "id" }.Concat(file.Columns.Select(c => c.Header));

    private static void WriteProperties(CsvWriter csv, CsvFile file, IReadOnlyDictionary<string, object> properties)
    {
        foreach (var column in file.Columns)
        {
            if (!properties.TryGetValue(column.Name, out var value))
            {
                // No property: an empty, unquoted field.
                csv.WriteField(string.Empty);
                continue;
            }
            var text = column.Kind switch
            {
                ColumnKind.StringArray => string.Join(ArrayDelimiter, ((IReadOnlyList<string>)value).Select(Clean)),
                ColumnKind.String => Clean(PropertyValues.Canonical(value)),
                _ => PropertyValues.Canonical(value),
            };
            // An empty text is a property with an empty value: quoted, so that the importer does not read it as missing.
            // An empty list stays an empty field, and so does a list of one empty text: the importer tells neither from no value.
            if (text.Length == 0 && column.Kind == ColumnKind.String) csv.WriteField(text, CsvQuoting.Always);
            else csv.WriteField(text);
        }
    }

    /// <summary>A text can hold no U+001F, the array delimiter: it becomes U+FFFD (no name or sentence has one).</summary>
    private static string Clean(string text) => text.Contains(ArrayDelimiter, StringComparison.Ordinal) ? text.Replace(ArrayDelimiter, '\uFFFD') : text;

    /// <summary>The type a property column is declared with.</summary>
    internal enum ColumnKind
    {
        /// <summary>Text (no type in the header).</summary>
        String,

        /// <summary>An integer (<c>:long</c>).</summary>
        Long,

        /// <summary>A floating-point number (<c>:double</c>).</summary>
        Double,

        /// <summary>A truth value (<c>:boolean</c>).</summary>
        Boolean,

        /// <summary>A date (<c>:date</c>).</summary>
        Date,

        /// <summary>A list of texts (<c>:string[]</c>).</summary>
        StringArray,
    }

    /// <summary>A property column: its name and the type every value of it has (text when the values disagree).</summary>
    internal sealed record Column(string Name, ColumnKind Kind)
    {
        /// <summary>The header field: the name and, unless text, its type.</summary>
        public string Header => Kind switch
        {
            ColumnKind.String => Name,
            ColumnKind.Long => Name + ":long",
            ColumnKind.Double => Name + ":double",
            ColumnKind.Boolean => Name + ":boolean",
            ColumnKind.Date => Name + ":date",
            _ => Name + ":string[]",
        };
    }

    /// <summary>One CSV file: its name, the labels or type it gives, and its property columns in ordinal order.</summary>
    internal sealed class CsvFile(string name, string labels)
    {
        private readonly SortedDictionary<string, ColumnKind> _columns = new(StringComparer.Ordinal);

        /// <summary>The file name inside the folder.</summary>
        public string Name { get; } = name;

        /// <summary>The labels of its nodes joined by ':' ("Person:Entity"), or its relationship type.</summary>
        public string Labels { get; } = labels;

        private Column[]? _frozen;

        /// <summary>The property columns, fixed by the first call (after every row has been seen).</summary>
        public IReadOnlyList<Column> Columns => _frozen ??= [.. _columns.Select(c => new Column(c.Key, c.Value))];

        /// <summary>Takes note of one row's properties (but <paramref name="skip"/>, a column of its own).</summary>
        public void See(IReadOnlyDictionary<string, object> properties, string skip)
        {
            if (_frozen is not null) throw new InvalidOperationException("the columns are fixed once the header is written");
            foreach (var (key, value) in properties)
            {
                if (key == skip) continue;
                var kind = KindOf(value);
                _columns[key] = _columns.TryGetValue(key, out var seen) && seen != kind ? ColumnKind.String : kind;
            }
        }

        private static ColumnKind KindOf(object value) => value switch
        {
            long => ColumnKind.Long,
            double => ColumnKind.Double,
            bool => ColumnKind.Boolean,
            DateOnly => ColumnKind.Date,
            IReadOnlyList<string> => ColumnKind.StringArray,
            _ => ColumnKind.String,
        };
    }
}
