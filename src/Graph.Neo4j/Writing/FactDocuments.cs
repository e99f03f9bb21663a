using Graph.Model;

namespace Graph.Neo4j.Writing;

/// <summary>Which documents a node or relationship is a fact of, so a batch that fails can name them.</summary>
internal static class FactDocuments
{
    private const string StatementPrefix = "statement/";

    /// <summary>A Document is its own; a Statement belongs to its document; entities belong to no single one.</summary>
    public static IEnumerable<string> Of(GraphNode node) => node.Label switch
    {
        NodeLabel.Document => [node.Id],
        NodeLabel.Statement => node.Properties.TryGetValue("documentId", out var d) && d is string id ? [id] : OfStatementId(node.Id),
        _ => [],
    };

    /// <summary>
    /// The documents a relationship's properties name (<c>documentId</c>, <c>document</c>, the <c>documents</c> of a
    /// merged fact) and those its ends imply (a Document end, a Statement end's document).
    /// </summary>
    public static IEnumerable<string> Of(GraphRelationship rel)
    {
        foreach (var key in (string[])["documentId", "document"])
        {
            if (rel.Properties.TryGetValue(key, out var d) && d is string id) yield return id;
        }
        if (rel.Properties.TryGetValue("documents", out var list) && list is IReadOnlyList<string> ids)
        {
            foreach (var id in ids) yield return id;
        }
        foreach (var end in (NodeRef[])[rel.Start, rel.End])
        {
            if (end.Label == NodeLabel.Document) yield return end.Id;
            else if (end.Label == NodeLabel.Statement) foreach (var id in OfStatementId(end.Id)) yield return id;
        }
    }

    /// <summary>The document of a statement id as <see cref="GraphIds.Statement"/> makes it: <c>statement/HEX-OFFSET</c> is of <c>doc/HEX</c>.</summary>
    private static IEnumerable<string> OfStatementId(string id)
    {
        if (!id.StartsWith(StatementPrefix, StringComparison.Ordinal)) yield break;
        var dash = id.LastIndexOf('-');
        if (dash > StatementPrefix.Length) yield return "doc/" + id[StatementPrefix.Length..dash];
    }
}
