using Graph.Evaluation.Gold;
using Graph.Evaluation.Normalization;

namespace Graph.Evaluation.Scoring;

/// <summary>
/// score.py's <c>score_pair</c>: scores one document's graph against its gold file into a tally, and writes a
/// line for every miss and every extra. Each step keeps score.py's order, since the SAID matching and the
/// order of the lines depend on it.
/// </summary>
internal sealed class DocumentScorer
{
    private readonly GoldDocument _gold;
    private readonly ScoredGraph _graph;
    private readonly List<GoldEntity> _allEntities;
    private readonly List<GoldRelation> _allRelations;
    private readonly Dictionary<GoldEntity, HashSet<string>> _goldNames = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<IReadOnlyList<string>, HashSet<string>> _ids = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<GoldRelation, string> _evidence = new(ReferenceEqualityComparer.Instance);

    private DocumentScorer(GoldDocument gold, ScoredGraph graph)
    {
        _gold = gold;
        _graph = graph;
        _allEntities = [.. gold.Entities, .. gold.OptionalEntities];
        _allRelations = [.. gold.Relations, .. gold.OptionalRelations];
    }

    /// <summary>Scores <paramref name="graph"/> against <paramref name="gold"/>.</summary>
    public static void Score(GoldDocument gold, ScoredGraph graph, ScoreTally tally, List<string> misses) =>
        new DocumentScorer(gold, graph).Run(tally, misses);

    private void Run(ScoreTally tally, List<string> misses)
    {
        var doc = _gold.Document;

        // Entities: recall over required gold entities, precision over every system entity of the five labels.
        foreach (var g in _gold.Entities)
        {
            var found = _graph.Entities.Any(e => Matches(e, g));
            tally.CountGold(g.Type, found);
            if (!found) misses.Add($"{doc}: missed {g.Type} {g.Name}");
        }
        foreach (var e in _graph.Entities)
        {
            var correct = _allEntities.Any(g => Matches(e, g));
            tally.CountPredicted(e.Label, correct);
            if (!correct) misses.Add($"{doc}: extra {e.Label} {PythonText.Repr(Sorted(e.Names).Take(3))}");
        }

        // Relations: required SAID facts are found through the matching; SUPPORTS and COMMITTED_TO by any edge.
        var saidGold = _gold.Relations.Where(g => g.Type == ScoredTypes.Said).ToList();
        var statements = _graph.Statements;
        var saidFound = new StatementMatcher(saidGold.Count, statements.Count, (g, s) => SaidHit(saidGold[g], statements[s])).Match();
        foreach (var g in _gold.Relations)
        {
            bool found;
            if (g.Type == ScoredTypes.Said)
            {
                // score.py asks said_gold.index(g): the first equal fact, so a gold fact listed twice shares its fate.
                found = saidFound[saidGold.FindIndex(other => other.SameAs(g))];
            }
            else
            {
                found = StancePairs(g.Type).Any(pair => StanceHit(g, pair.Start, pair.End));
            }
            tally.CountGold(g.Type, found);
            if (!found) misses.Add($"{doc}: missed {g.Type} {g.Subjects[0]} -> {(g.Objects is { } o ? o[0] : g.Evidence ?? "None")}");
        }
        foreach (var s in statements)
        {
            var correct = _allRelations.Any(g => g.Type == ScoredTypes.Said && SaidHit(g, s));
            tally.CountPredicted(ScoredTypes.Said, correct);
            if (!correct) misses.Add($"{doc}: extra SAID {PythonText.Repr(PythonText.Prefix(s.Text, 60))}");
        }
        foreach (var (type, pairs) in _graph.Stances)
        {
            foreach (var (start, end) in pairs)
            {
                var correct = _allRelations.Any(g => g.Type == type && StanceHit(g, start, end));
                tally.CountPredicted(type, correct);
                if (!correct)
                {
                    var sn = PythonText.Repr(Sorted(_graph.NamesOf(start)).Take(1));
                    var en = PythonText.Repr(Sorted(_graph.NamesOf(end)).Take(1));
                    misses.Add($"{doc}: extra {type} {sn} -> {en}");
                }
            }
        }
    }

    private List<(string Start, string End)> StancePairs(string type) =>
        _graph.Stances.FirstOrDefault(kv => kv.Key == type).Value ?? [];

    /// <summary>Labels agree and some name or alias of the system entity equals the gold name or an alias.</summary>
    private bool Matches(ScoredEntity entity, GoldEntity gold) =>
        entity.Label == gold.Type && entity.Names.Overlaps(GoldNames(gold));

    private HashSet<string> GoldNames(GoldEntity gold)
    {
        if (!_goldNames.TryGetValue(gold, out var names))
        {
            names = new HashSet<string>(StringComparer.Ordinal) { NameNormalizer.Name(gold.Name) };
            foreach (var a in gold.Aliases) names.Add(NameNormalizer.Name(a));
            _goldNames[gold] = names;
        }
        return names;
    }

    /// <summary>
    /// score.py's <c>ids_for</c>: the system nodes that stand for any of these canonical names: those matching a
    /// gold entity of that name, and those bearing the name themselves (a subject named but not listed).
    /// </summary>
    private HashSet<string> IdsFor(IReadOnlyList<string> canonicalNames)
    {
        if (_ids.TryGetValue(canonicalNames, out var ids)) return ids;
        var want = canonicalNames.Select(NameNormalizer.Name).ToHashSet(StringComparer.Ordinal);
        ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var g in _allEntities)
        {
            if (!want.Contains(NameNormalizer.Name(g.Name))) continue;
            foreach (var e in _graph.Entities)
            {
                if (Matches(e, g)) ids.Add(e.Id);
            }
        }
        foreach (var e in _graph.Entities)
        {
            if (e.Names.Overlaps(want)) ids.Add(e.Id);
        }
        _ids[canonicalNames] = ids;
        return ids;
    }

    private bool SaidHit(GoldRelation gold, ScoredStatement statement) =>
        IdsFor(gold.Subjects).Contains(statement.Speaker) && statement.Text.Contains(Evidence(gold), StringComparison.Ordinal);

    private bool StanceHit(GoldRelation gold, string start, string end) =>
        IdsFor(gold.Subjects).Contains(start) && IdsFor(gold.Objects ?? []).Contains(end);

    private string Evidence(GoldRelation gold)
    {
        if (!_evidence.TryGetValue(gold, out var text))
        {
            // Parsing makes sure SAID facts have evidence; an optional fact of another type never gets here.
            text = NameNormalizer.Text(gold.Evidence ?? "None");
            _evidence[gold] = text;
        }
        return text;
    }

    private static List<string> Sorted(IEnumerable<string> names)
    {
        var list = names.ToList();
        list.Sort(PythonText.CompareCodePoints);
        return list;
    }
}
