namespace Graph.Neo4j.Queries;

/// <summary>
/// The prepared queries shipped in <c>queries/cypher/</c> (built into the assembly) and query files a user
/// points at. Names are the file names without <c>.cypher</c>.
/// </summary>
public static class PreparedQueryCatalog
{
    private const string ResourcePrefix = "Graph.Neo4j.queries.cypher.";

    private static readonly Lazy<IReadOnlyList<PreparedQuery>> ShippedQueries = new(LoadShipped);

    /// <summary>The shipped queries, sorted by name.</summary>
    public static IReadOnlyList<PreparedQuery> Shipped => ShippedQueries.Value;

    /// <summary>A shipped query by name (case-insensitive), or null.</summary>
    public static PreparedQuery? Find(string name) =>
        Shipped.FirstOrDefault(q => string.Equals(q.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Reads a query file of the user's, with the same header as the shipped ones.</summary>
    /// <exception cref="FormatException">The header is malformed.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static PreparedQuery Load(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        return PreparedQueryParser.Parse(name, path, File.ReadAllText(path));
    }

    private static PreparedQuery[] LoadShipped()
    {
        var assembly = typeof(PreparedQueryCatalog).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".cypher", StringComparison.Ordinal))
            .Select(resource =>
            {
                using var stream = assembly.GetManifestResourceStream(resource)!;
                using var reader = new StreamReader(stream);
                var name = resource[ResourcePrefix.Length..^".cypher".Length];
                return PreparedQueryParser.Parse(name, "queries/cypher/" + name + ".cypher", reader.ReadToEnd());
            })
            .OrderBy(q => q.Name, StringComparer.Ordinal)
            .ToArray();
    }
}
