using System.Text;
using Graph.Model;
using Graph.Neo4j.Export;

namespace Graph.Neo4j;

/// <summary>
/// The Cypher that merges a batch of rows into Neo4j, shared by the script exporter (rows as literals) and the
/// Bolt writer (rows as the <c>$rows</c> parameter), so both merge the same way. Each body follows
/// <c>UNWIND ... AS row</c>; a row is <c>{id, props: {scalars}, lists: {name: [strings]}}</c>, plus
/// <c>start</c> and <c>end</c> ids for relationships. Lists travel apart from scalars so they can be unioned
/// with the stored ones rather than overwritten. Labels and types come from the model's fixed set only.
/// </summary>
public static class MergeCypher
{
    /// <summary>
    /// Merges nodes of one label on their id. Scalars are set; lists are unioned with the stored ones. For entities,
    /// the name and aliases merge as <see cref="PropertyMerger"/> merges them in memory: the fuller name wins whichever
    /// import came first, and every name ever given stays an alias, so reruns and new documents only add.
    /// </summary>
    /// <param name="label">The label of every row.</param>
    /// <param name="listKeys">The keys of list properties the rows carry (other than <c>aliases</c> of entities).</param>
    public static string NodeBody(NodeLabel label, IEnumerable<string> listKeys)
    {
        var sb = new StringBuilder();
        var lists = new SortedSet<string>(listKeys, StringComparer.Ordinal);
        sb.Append("MERGE (n:").Append(label.Name()).Append(" {id: row.id})\n");
        if (!label.IsEntity())
        {
            sb.Append("SET n += row.props");
            AppendListUnions(sb, "n", lists);
            return sb.ToString();
        }
        lists.Remove("aliases");
        sb.Append("WITH n, row, n.name AS previous\n");
        sb.Append("SET n:").Append(NodeLabels.EntityLabel).Append('\n');
        sb.Append("SET n += row.props\n");
        // PropertyMerger.IsPreferredName: more words, then longer, then ordinally smaller.
        sb.Append("SET n.name = CASE WHEN previous IS NULL THEN row.props.name WHEN row.props.name IS NULL THEN previous\n");
        sb.Append("  WHEN size(split(row.props.name, ' ')) <> size(split(previous, ' ')) THEN CASE WHEN size(split(row.props.name, ' ')) > size(split(previous, ' ')) THEN row.props.name ELSE previous END\n");
        sb.Append("  WHEN size(row.props.name) <> size(previous) THEN CASE WHEN size(row.props.name) > size(previous) THEN row.props.name ELSE previous END\n");
        sb.Append("  WHEN row.props.name < previous THEN row.props.name ELSE previous END\n");
        sb.Append("SET n.aliases = [x IN reduce(acc = [], y IN coalesce(n.aliases, []) + coalesce(row.lists.aliases, []) + [previous, row.props.name] | ")
          .Append("CASE WHEN y IS NULL OR y IN acc THEN acc ELSE acc + y END) WHERE x <> n.name]");
        AppendListUnions(sb, "n", lists);
        return sb.ToString();
    }

    /// <summary>
    /// Merges relationships of one shape on their id, between ends matched by label and id (never created here:
    /// nodes are written first). Scalars are set; lists are unioned with the stored ones.
    /// </summary>
    public static string RelationshipBody(RelationshipShape shape, IEnumerable<string> listKeys)
    {
        var sb = new StringBuilder();
        sb.Append("MATCH (a:").Append(shape.Start.Name()).Append(" {id: row.start})\n");
        sb.Append("MATCH (b:").Append(shape.End.Name()).Append(" {id: row.end})\n");
        sb.Append("MERGE (a)-[r:").Append(shape.Type.Name()).Append(" {id: row.id}]->(b)\n");
        sb.Append("SET r += row.props");
        AppendListUnions(sb, "r", new SortedSet<string>(listKeys, StringComparer.Ordinal));
        return sb.ToString();
    }

    /// <summary>The keys of the list-valued properties among <paramref name="properties"/>.</summary>
    public static IEnumerable<string> ListKeys(IReadOnlyDictionary<string, object> properties) =>
        properties.Where(p => p.Value is IReadOnlyList<string>).Select(p => p.Key);

    private static void AppendListUnions(StringBuilder sb, string variable, SortedSet<string> listKeys)
    {
        foreach (var key in listKeys)
        {
            var property = new StringBuilder();
            CypherLiteral.AppendIdentifier(property, key);
            var p = property.ToString();
            // Union, keeping the stored order and appending new items: running twice adds nothing.
            sb.Append('\n').Append("SET ").Append(variable).Append('.').Append(p)
              .Append(" = reduce(acc = coalesce(").Append(variable).Append('.').Append(p).Append(", []), x IN coalesce(row.lists.").Append(p)
              .Append(", []) | CASE WHEN x IN acc THEN acc ELSE acc + x END)");
        }
    }
}
