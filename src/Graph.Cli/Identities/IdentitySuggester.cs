using System.Globalization;
using F23.StringSimilarity;
using Graph.Model;

namespace Graph.Cli.Identities;

/// <summary>
/// Proposes merges the automatic rules did not make, for an analyst to confirm in an identities file: entities of
/// one label whose names are alike (Jaro-Winkler similarity of the folded names), that share an alias, or a one-word
/// person and the full names it may stand for (its <c>candidates</c>). Each suggestion carries a score and its
/// evidence, including how many documents mention both (co-occurrence argues for a merge when the names differ by a
/// little, and the number of documents each is in tells how much rides on it). Entities are compared only with
/// those sharing a word of four letters or more, so the work grows with the corpus, not with its square.
/// </summary>
public sealed class IdentitySuggester
{
    /// <summary>Similarity from which two names are proposed as one.</summary>
    public const double Threshold = 0.9;

    private readonly JaroWinkler _similarity = new();

    /// <summary>One proposed merge.</summary>
    /// <param name="Label">The label of both entities.</param>
    /// <param name="Keep">The entity whose name would be the canonical one (the fuller name).</param>
    /// <param name="Merge">The entity to merge into it.</param>
    /// <param name="Score">0 to 1; higher is surer.</param>
    /// <param name="Evidence">Why, in words.</param>
    public sealed record Suggestion(NodeLabel Label, GraphNode Keep, GraphNode Merge, double Score, string Evidence);

    /// <summary>Suggestions over the entities of a built graph, best first, then by names (deterministic).</summary>
    public IReadOnlyList<Suggestion> Suggest(IReadOnlyList<GraphNode> entities, IEnumerable<GraphRelationship> mentions)
    {
        var documentsOf = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var m in mentions.Where(r => r.Type == RelationshipType.Mentions))
        {
            if (!documentsOf.TryGetValue(m.End.Id, out var set)) documentsOf[m.End.Id] = set = new HashSet<string>(StringComparer.Ordinal);
            set.Add(m.Start.Id);
        }
        var byId = entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var found = new Dictionary<(string, string), Suggestion>();
        void Propose(GraphNode a, GraphNode b, double score, string why)
        {
            if (a.Id == b.Id || a.Label != b.Label) return;
            var (keep, merge) = PropertyMerger.IsPreferredName(b.Name ?? b.Id, a.Name ?? a.Id) ? (b, a) : (a, b);
            var pair = (keep.Id, merge.Id);
            var together = Count(documentsOf, keep.Id, merge.Id);
            var evidence = $"{why}; {Documents(documentsOf, keep.Id)} and {Documents(documentsOf, merge.Id)}, {together} together";
            if (!found.TryGetValue(pair, out var existing) || existing.Score < score) found[pair] = new Suggestion(keep.Label, keep, merge, Math.Round(score, 3), evidence);
        }

        // A one-word person with several full names it may stand for.
        foreach (var e in entities.Where(e => e.Label == NodeLabel.Person && e.Properties.ContainsKey("candidates")))
        {
            foreach (var name in (IReadOnlyList<string>)e.Properties["candidates"])
            {
                if (entities.FirstOrDefault(x => x.Label == NodeLabel.Person && x.Name == name) is { } full)
                    Propose(full, e, 0.5, $"'{e.Name}' is the surname of {((IReadOnlyList<string>)e.Properties["candidates"]).Count} people named in full");
            }
        }

        // Shared aliases and similar names, compared within blocks of entities sharing a word.
        foreach (var group in entities.Where(e => e.Name is not null).GroupBy(e => e.Label))
        {
            var blocks = new Dictionary<string, List<GraphNode>>(StringComparer.Ordinal);
            foreach (var e in group)
            {
                foreach (var word in Words(e).Distinct(StringComparer.Ordinal))
                {
                    if (!blocks.TryGetValue(word, out var list)) blocks[word] = list = [];
                    list.Add(e);
                }
            }
            var compared = new HashSet<(string, string)>();
            foreach (var block in blocks.Values.Where(b => b.Count is > 1 and <= 200))
            {
                for (var i = 0; i < block.Count; i++)
                {
                    for (var j = i + 1; j < block.Count; j++)
                    {
                        var (a, b) = string.CompareOrdinal(block[i].Id, block[j].Id) < 0 ? (block[i], block[j]) : (block[j], block[i]);
                        if (!compared.Add((a.Id, b.Id))) continue;
                        var shared = Forms(a).Intersect(Forms(b), StringComparer.Ordinal).Order(StringComparer.Ordinal).FirstOrDefault();
                        if (shared is not null)
                        {
                            Propose(a, b, 0.95, $"both are called '{shared}'");
                            continue;
                        }
                        var similarity = _similarity.Similarity(Fold(a.Name!), Fold(b.Name!));
                        if (similarity >= Threshold && !DifferentPeople(a, b))
                            Propose(a, b, similarity, $"similar names (Jaro-Winkler {similarity.ToString("0.00", CultureInfo.InvariantCulture)})");
                    }
                }
            }
        }
        return found.Values
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.Keep.Name, StringComparer.Ordinal)
            .ThenBy(s => s.Merge.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Two full names whose given names differ entirely are two people, however alike the strings ("Donald Regan", "Ronald Reagan").</summary>
    private static bool DifferentPeople(GraphNode a, GraphNode b)
    {
        if (a.Label != NodeLabel.Person) return false;
        var wa = Fold(a.Name!).Split(' ');
        var wb = Fold(b.Name!).Split(' ');
        return wa.Length > 1 && wb.Length > 1 && wa[0][0] != wb[0][0];
    }

    private static IEnumerable<string> Words(GraphNode e) =>
        Fold(e.Name!).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 4);

    private static IEnumerable<string> Forms(GraphNode e) => e.Aliases.Append(e.Name!).Select(Fold).Where(f => f.Length > 0);

    private static string Fold(string name) => GraphIds.Slug(name).Replace('-', ' ');

    private static int Count(Dictionary<string, HashSet<string>> documentsOf, string a, string b) =>
        documentsOf.TryGetValue(a, out var da) && documentsOf.TryGetValue(b, out var db) ? da.Count(db.Contains) : 0;

    private static string Documents(Dictionary<string, HashSet<string>> documentsOf, string id)
    {
        var n = documentsOf.TryGetValue(id, out var set) ? set.Count : 0;
        return n == 1 ? "1 document" : $"{n} documents";
    }
}
