using Graph.Evaluation.Gold;
using Graph.Evaluation.Normalization;
using Graph.Model;

namespace Graph.Evaluation.Scoring;

/// <summary>
/// One document's graph reduced to what score.py reads from its <c>graph.jsonl</c> (<c>load_export</c> and the
/// first lines of <c>score_pair</c>), in the same order, so every loop below runs in score.py's order.
/// </summary>
internal sealed class ScoredGraph
{
    private readonly Dictionary<string, GraphNode> _nodes;

    private ScoredGraph(Dictionary<string, GraphNode> nodes, List<ScoredEntity> entities, List<ScoredStatement> statements,
        List<KeyValuePair<string, List<(string Start, string End)>>> stances)
    {
        _nodes = nodes;
        Entities = entities;
        Statements = statements;
        Stances = stances;
    }

    /// <summary>Entity nodes, in the order their ids first appear.</summary>
    public IReadOnlyList<ScoredEntity> Entities { get; }

    /// <summary>SAID edges in relationship order (duplicates kept, as score.py keeps them in a list).</summary>
    public IReadOnlyList<ScoredStatement> Statements { get; }

    /// <summary>
    /// SUPPORTS and COMMITTED_TO edges as (start, end) pairs per type, types in first-seen order. score.py keeps
    /// them in sets, so a repeated pair counts once; it walks a set in hash order, which varies from run to run,
    /// so here pairs keep their first-seen order (only the order of "extra" lines can differ, never a number).
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, List<(string Start, string End)>>> Stances { get; }

    /// <summary>Reads one document's nodes and relationships.</summary>
    public static ScoredGraph From(IEnumerable<GraphNode> nodes, IEnumerable<GraphRelationship> relationships)
    {
        // A Python dict: a repeated id keeps its first place and takes the last node.
        var byId = new Dictionary<string, GraphNode>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var node in nodes)
        {
            if (!byId.ContainsKey(node.Id)) order.Add(node.Id);
            byId[node.Id] = node;
        }
        var entities = new List<ScoredEntity>();
        foreach (var id in order)
        {
            var node = byId[id];
            if (node.Label.IsEntity()) entities.Add(new ScoredEntity(id, node.Label.Name(), NamesOf(node)));
        }

        var statements = new List<ScoredStatement>();
        var stances = new List<KeyValuePair<string, List<(string, string)>>>();
        var seen = new HashSet<(string, string, string)>();
        foreach (var rel in relationships)
        {
            var type = rel.Type.Name();
            if (type == ScoredTypes.Said)
            {
                var text = byId.TryGetValue(rel.End.Id, out var end) && end.Properties.TryGetValue("text", out var t) ? PythonStr(t) : "";
                statements.Add(new ScoredStatement(rel.Start.Id, NameNormalizer.Text(text)));
            }
            else if (type is ScoredTypes.Supports or ScoredTypes.CommittedTo)
            {
                var index = stances.FindIndex(kv => kv.Key == type);
                if (index < 0)
                {
                    stances.Add(new(type, []));
                    index = stances.Count - 1;
                }
                if (seen.Add((type, rel.Start.Id, rel.End.Id))) stances[index].Value.Add((rel.Start.Id, rel.End.Id));
            }
        }
        return new ScoredGraph(byId, entities, statements, stances);
    }

    /// <summary>The normalised names of any node by id (none for an unknown id or a node without names).</summary>
    public IReadOnlySet<string> NamesOf(string id) => _nodes.TryGetValue(id, out var node) ? NamesOf(node) : new HashSet<string>();

    /// <summary>score.py's <c>names_of</c>: the normalised name (when truthy) and aliases, without the empty string.</summary>
    private static HashSet<string> NamesOf(GraphNode node)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (node.Properties.TryGetValue("name", out var name) && IsTruthy(name)) names.Add(NameNormalizer.Name(PythonStr(name)));
        if (node.Properties.TryGetValue("aliases", out var aliases))
        {
            switch (aliases)
            {
                case IReadOnlyList<string> list:
                    foreach (var a in list) names.Add(NameNormalizer.Name(a));
                    break;
                case string s:
                    // Python iterates a string by character; the model stores aliases as a list, but be exact.
                    foreach (var rune in s.EnumerateRunes()) names.Add(NameNormalizer.Name(rune.ToString()));
                    break;
            }
        }
        names.Remove("");
        return names;
    }

    private static bool IsTruthy(object value) => value switch
    {
        string s => s.Length > 0,
        long l => l != 0,
        double d => d != 0,
        bool b => b,
        IReadOnlyList<string> list => list.Count > 0,
        _ => true,
    };

    /// <summary>Python's <c>str()</c> of a property value as it comes back from <c>graph.jsonl</c>.</summary>
    private static string PythonStr(object value) => value switch
    {
        string s => s,
        bool b => b ? "True" : "False",
        double d => PythonText.Float(d),
        IReadOnlyList<string> list => PythonText.Repr(list),
        // long and DateOnly: the exporter writes digits and ISO dates, which is what their canonical text is.
        _ => PropertyValues.Canonical(value),
    };
}
