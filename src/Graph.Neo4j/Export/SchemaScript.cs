namespace Graph.Neo4j.Export;

/// <summary>The constraints and indexes of <c>graph-schema/schema.cypher</c>, shipped inside the assembly.</summary>
public static class SchemaScript
{
    private static readonly Lazy<string> Text = new(() =>
    {
        using var stream = typeof(SchemaScript).Assembly.GetManifestResourceStream("Graph.Neo4j.schema.cypher")
            ?? throw new InvalidOperationException("schema.cypher is missing from the build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    });

    /// <summary>The whole script, comments included.</summary>
    public static string Script => Text.Value;

    /// <summary>The statements alone, without comments or the closing ';'.</summary>
    public static IReadOnlyList<string> Statements =>
        Script.Split('\n')
            .Where(line => line.Length > 0 && !line.StartsWith("//", StringComparison.Ordinal))
            .Select(line => line.TrimEnd().TrimEnd(';'))
            .ToArray();
}
