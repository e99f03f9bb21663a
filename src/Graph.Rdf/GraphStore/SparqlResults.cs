using System.Text.Json;

namespace Graph.Rdf.GraphStore;

/// <summary>A SPARQL query's answer: its variables, and per row each variable's value as text (null when unbound).</summary>
/// <param name="Variables">The variables in the order the query selects them.</param>
/// <param name="Rows">The rows, each aligned with <paramref name="Variables"/>.</param>
/// <param name="Json">The answer as the endpoint sent it (SPARQL 1.1 Query Results JSON).</param>
public sealed record SparqlResults(IReadOnlyList<string> Variables, IReadOnlyList<IReadOnlyList<string?>> Rows, string Json)
{
    /// <summary>Reads SPARQL 1.1 Query Results JSON; an ASK answer is one row of one variable, <c>ask</c>.</summary>
    /// <exception cref="JsonException">The text is not JSON.</exception>
    /// <exception cref="KeyNotFoundException">The JSON is not a results document.</exception>
    public static SparqlResults Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.TryGetProperty("boolean", out var answer)) return new SparqlResults(["ask"], [[answer.GetBoolean() ? "true" : "false"]], json);
        var variables = root.GetProperty("head").GetProperty("vars").EnumerateArray().Select(v => v.GetString()!).ToArray();
        var rows = root.GetProperty("results").GetProperty("bindings").EnumerateArray()
            .Select(binding => (IReadOnlyList<string?>)variables.Select(v => binding.TryGetProperty(v, out var term) ? term.GetProperty("value").GetString() : null).ToArray())
            .ToArray();
        return new SparqlResults(variables, rows, json);
    }
}
