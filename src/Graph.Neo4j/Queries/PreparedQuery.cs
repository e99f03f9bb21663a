namespace Graph.Neo4j.Queries;

/// <summary>A prepared Cypher query from <c>queries/cypher/NAME.cypher</c>: its header, and the statement to run.</summary>
/// <param name="Name">The name users run it by; the file's name without <c>.cypher</c>.</param>
/// <param name="Description">What it answers.</param>
/// <param name="Parameters">Its parameters, in the header's order.</param>
/// <param name="Cypher">The statement as sent to the server: the file without its closing <c>;</c>.</param>
/// <param name="Source">Where it was read from, for messages.</param>
public sealed record PreparedQuery(string Name, string Description, IReadOnlyList<QueryParameter> Parameters, string Cypher, string Source)
{
    /// <summary>A parameter by name, or null.</summary>
    public QueryParameter? Parameter(string name) => Parameters.FirstOrDefault(p => p.Name == name);

    /// <summary>
    /// A command line that runs the query with every required parameter set to its example; for a query with only
    /// optional parameters, with the first of them, to show how one is given.
    /// </summary>
    public string ExampleCommand()
    {
        var shown = Parameters.Any(p => p.IsRequired) ? Parameters.Where(p => p.IsRequired) : Parameters.Take(1);
        return string.Join(' ', new[] { "graph query", Name }.Concat(shown.Select(p => $"--param {p.Name}={Quote(p.Example)}")));
    }

    private static string Quote(string value) =>
        value.Length > 0 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '/' or ':') ? value : "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
