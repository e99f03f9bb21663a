using Graph.Evaluation.Gold;
using Graph.Evaluation.Scoring;
using Graph.Model;

namespace Graph.Evaluation;

/// <summary>
/// Scores documents one by one against their gold files and micro-averages over all of them: the port of
/// shared/tools/score.py, which EVALUATION.md makes the reference. Same numbers, same miss lines.
/// </summary>
public sealed class EvaluationRun
{
    private readonly ScoreTally _tally = new();
    private readonly List<string> _misses = [];

    /// <summary>Documents scored so far.</summary>
    public int DocumentCount { get; private set; }

    /// <summary>
    /// Scores one document. <paramref name="nodes"/> and <paramref name="relationships"/> are the graph of that
    /// document alone, in export order (what <c>graph import FILE</c> writes to graph.jsonl): the order of the
    /// statements decides which of several equally good SAID matchings is taken, as it does in score.py.
    /// </summary>
    public void Add(GoldDocument gold, IEnumerable<GraphNode> nodes, IEnumerable<GraphRelationship> relationships)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(relationships);
        DocumentScorer.Score(gold, ScoredGraph.From(nodes, relationships), _tally, _misses);
        DocumentCount++;
    }

    /// <summary>The scores so far.</summary>
    public EvaluationReport Report()
    {
        var entityTypes = ScoredTypes.Entities.Select(Line).ToArray();
        var relationTypes = ScoredTypes.Relations.Select(Line).ToArray();
        return new EvaluationReport(DocumentCount, entityTypes, Group("entities", entityTypes), relationTypes, Group("relations", relationTypes), _misses.ToArray());
    }

    private TypeScore Line(string type) =>
        TypeScore.FromCounts(type, _tally.RecallHits(type), _tally.Gold(type), _tally.PrecisionHits(type), _tally.Predicted(type));

    /// <summary>Micro-average: the counts of the group's types summed, then one precision, recall and F1.</summary>
    private static TypeScore Group(string name, IReadOnlyList<TypeScore> types) =>
        TypeScore.FromCounts(name, types.Sum(t => t.Found), types.Sum(t => t.Gold), types.Sum(t => t.Correct), types.Sum(t => t.Predicted));
}
