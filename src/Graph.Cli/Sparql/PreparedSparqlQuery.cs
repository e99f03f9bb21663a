using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Graph.Neo4j.Queries;

namespace Graph.Cli.Sparql;

/// <summary>
/// A prepared SPARQL query (<c>queries/sparql/NAME.rq</c>, built into the program, or a file with the same header). It
/// runs as written: its parameters are bound in one <c>VALUES (?a ?b) { (x y) }</c> line at the top of its WHERE
/// clause (<c>UNDEF</c>: not given) and the number of rows is a literal <c>LIMIT n</c>. Binding a value rewrites its
/// place in that row, or that LIMIT, and nothing else, so the text a user pastes into a triplestore is the text that
/// is tested.
/// </summary>
public sealed partial class PreparedSparqlQuery
{
    private const string ResourcePrefix = "Graph.Cli.queries.sparql.";

    private static readonly Lazy<IReadOnlyList<PreparedSparqlQuery>> ShippedQueries = new(LoadShipped);

    private PreparedSparqlQuery(PreparedQuery header, string text)
    {
        Header = header;
        Text = text;
    }

    /// <summary>The header: name, description, parameters.</summary>
    public PreparedQuery Header { get; }

    /// <summary>The query as written, header included.</summary>
    public string Text { get; }

    /// <summary>The queries shipped in queries/sparql, sorted by name.</summary>
    public static IReadOnlyList<PreparedSparqlQuery> Shipped => ShippedQueries.Value;

    /// <summary>A shipped query by name (case-insensitive), or null.</summary>
    public static PreparedSparqlQuery? Find(string name) =>
        Shipped.FirstOrDefault(q => string.Equals(q.Header.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Reads a query file of the user's. A file without the header is taken as it is, with no parameters.</summary>
    /// <exception cref="FormatException">The header is malformed, or its parameters are not bound as the shipped queries bind them.</exception>
    public static PreparedSparqlQuery Load(string path)
    {
        var text = File.ReadAllText(path);
        var name = Path.GetFileNameWithoutExtension(path);
        if (!text.StartsWith("# Name:", StringComparison.Ordinal))
        {
            return new PreparedSparqlQuery(new PreparedQuery(name, "", [], text, path), text);
        }
        return Parse(name, path, text);
    }

    /// <summary>Parses a query file's text and checks that its parameters are bound where the header says.</summary>
    /// <exception cref="FormatException">The header is malformed or does not match the VALUES line.</exception>
    public static PreparedSparqlQuery Parse(string name, string source, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var header = PreparedQueryParser.Parse(name, source, text, "#", ".rq");
        var bound = header.Parameters.Where(p => p.Name != "limit").Select(p => p.Name).ToArray();
        var values = ValuesLine().Match(text);
        if (bound.Length > 0)
        {
            if (!values.Success) throw new FormatException($"{source}: no 'VALUES (?a ?b) {{ (x y) }}' line binds its parameters");
            var names = values.Groups["vars"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(v => v.TrimStart('?', '$')).ToArray();
            if (!names.SequenceEqual(bound)) throw new FormatException($"{source}: the VALUES line binds {string.Join(", ", names)} but the header declares {string.Join(", ", bound)}");
        }
        if (header.Parameter("limit") is not null && !LimitLine().IsMatch(text)) throw new FormatException($"{source}: the header declares $limit but there is no 'LIMIT n' line");
        return new PreparedSparqlQuery(header, text);
    }

    /// <summary>
    /// The query with <paramref name="values"/> bound (converted values by parameter name, as
    /// <see cref="Query.QueryParameters.Build"/> gives them; a parameter not in it keeps what is written).
    /// </summary>
    public string Bind(IReadOnlyDictionary<string, object?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var text = Text;
        var bound = Header.Parameters.Where(p => p.Name != "limit").ToArray();
        if (bound.Length > 0)
        {
            var match = ValuesLine().Match(text);
            var written = SplitTerms(match.Groups["terms"].Value);
            var terms = bound.Select((p, i) => values.TryGetValue(p.Name, out var v) ? Term(v) : i < written.Count ? written[i] : "UNDEF");
            var line = match.Groups["open"].Value + match.Groups["vars"].Value + ") { (" + string.Join(' ', terms) + match.Groups["close"].Value;
            text = text[..match.Index] + line + text[(match.Index + match.Length)..];
        }
        if (values.TryGetValue("limit", out var limit) && limit is long rows)
        {
            text = LimitLine().Replace(text, "LIMIT " + rows.ToString(CultureInfo.InvariantCulture), 1);
        }
        return text;
    }

    /// <summary>A value as a SPARQL term.</summary>
    public static string Term(object? value) => value switch
    {
        null => "UNDEF",
        string s => Quote(s),
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => "\"" + d.ToString("R", CultureInfo.InvariantCulture) + "\"^^<http://www.w3.org/2001/XMLSchema#double>",
        bool b => b ? "true" : "false",
        DateOnly date => "\"" + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "\"^^<http://www.w3.org/2001/XMLSchema#date>",
        _ => Quote(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""),
    };

    private static string Quote(string s) => Graph.Rdf.SparqlLiteral.Quote(s);

    /// <summary>The terms of a VALUES row as written: quoted literals (with their datatype or language), or words.</summary>
    private static List<string> SplitTerms(string row)
    {
        var terms = new List<string>();
        var i = 0;
        while (i < row.Length)
        {
            if (row[i] == ' ')
            {
                i++;
                continue;
            }
            var start = i;
            if (row[i] == '"')
            {
                for (i++; i < row.Length && row[i] != '"'; i++) if (row[i] == '\\') i++;
                i++;
            }
            while (i < row.Length && row[i] != ' ') i++;
            terms.Add(row[start..i]);
        }
        return terms;
    }

    [GeneratedRegex(@"^(?<open>[ \t]*VALUES \()(?<vars>[^)]*)\) \{ \((?<terms>.*)(?<close>\) \}[ \t]*\r?)$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex ValuesLine();

    [GeneratedRegex(@"^LIMIT \d+[ \t]*(?=\r?$)", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex LimitLine();

    private static PreparedSparqlQuery[] LoadShipped()
    {
        var assembly = typeof(PreparedSparqlQuery).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".rq", StringComparison.Ordinal))
            .Select(resource =>
            {
                using var stream = assembly.GetManifestResourceStream(resource)!;
                using var reader = new StreamReader(stream);
                var name = resource[ResourcePrefix.Length..^".rq".Length];
                return Parse(name, "queries/sparql/" + name + ".rq", reader.ReadToEnd());
            })
            .OrderBy(q => q.Header.Name, StringComparer.Ordinal)
            .ToArray();
    }
}
