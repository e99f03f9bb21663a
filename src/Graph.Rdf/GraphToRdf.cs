using Graph.Model;

namespace Graph.Rdf;

/// <summary>
/// Maps a finished graph to RDF, section by section, without holding the corpus in memory:
/// first the entities and the entity-level facts (REPRESENTS, INVOLVES) for the default graph, which the graph
/// model already holds in memory; then, one document at a time, the document, its statements and the facts it
/// supports, for that document's named graph. Each section is sorted on its own (a bounded sort: one document's
/// triples), so output is deterministic; across sections the order is the graph's (entities, then documents in
/// input order).
/// </summary>
/// <remarks>
/// A node becomes <c>rdf:type</c> its class (and <c>g:Entity</c> for entities) plus one triple per property value.
/// A relationship becomes a direct triple (<c>person g:supports project</c>); one with properties beyond its id
/// (SAID, SUPPORTS, COMMITTED_TO, REPRESENTS, INVOLVES, MENTIONS) also becomes a <c>g:Claim</c> at
/// <c>&lt;base&gt;claim/&lt;rel id&gt;</c>, an <c>rdf:Statement</c> reification with <c>rdf:subject</c>, <c>rdf:predicate</c>,
/// <c>rdf:object</c>, the statement (<c>g:statement</c>), the document (<c>prov:wasDerivedFrom</c>), the evidence
/// and the confidence, so a SPARQL user can ask why a fact is there. Strings carry no language tag: the
/// documents' language is not known to the model.
/// </remarks>
public sealed class GraphToRdf
{
    private readonly RdfDataIris _iris;

    /// <summary>Creates the mapping for the given data IRIs.</summary>
    public GraphToRdf(RdfDataIris iris) => _iris = iris ?? throw new ArgumentNullException(nameof(iris));

    /// <summary>The data IRIs in use.</summary>
    public RdfDataIris Iris => _iris;

    /// <summary>
    /// Most triples of one document mapped before they are handed on: some ten times what a long article gives (the
    /// samples average 600), so only documents far longer than articles are handed on in parts.
    /// </summary>
    public const int MaxSectionTriples = 20_000;

    /// <summary>The graph as sections: the default graph first, then one named graph per document.</summary>
    public IEnumerable<RdfSection> Map(GraphContent graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        using var nodes = graph.Nodes().GetEnumerator();
        using var rels = graph.Relationships().GetEnumerator();
        var hasNode = nodes.MoveNext();
        var hasRel = rels.MoveNext();

        // The default graph (entities and entity-level facts) in parts of at most MaxSectionTriples, each sorted on its
        // own, as a long document's graph is: a corpus of 100 MB has millions of entity triples, and holding and sorting
        // them at once set the import's peak memory. A subject may then head two blocks, which every syntax allows.
        var entityTriples = new List<RdfTriple>();
        while (hasNode && nodes.Current.Label.IsEntity())
        {
            AddNode(entityTriples, nodes.Current);
            hasNode = nodes.MoveNext();
            if (entityTriples.Count >= MaxSectionTriples)
            {
                yield return Sorted(null, entityTriples);
                entityTriples = [];
            }
        }
        while (hasRel && !rels.Current.Type.IsDocumentScoped())
        {
            AddRelationship(entityTriples, rels.Current, []);
            hasRel = rels.MoveNext();
            if (entityTriples.Count >= MaxSectionTriples)
            {
                yield return Sorted(null, entityTriples);
                entityTriples = [];
            }
        }
        yield return Sorted(null, entityTriples);

        // Document-scoped records were spooled per document, in the same document order for nodes and relationships.
        while (hasNode)
        {
            var document = nodes.Current;
            var triples = new List<RdfTriple>();
            var statements = new List<GraphNode>();
            var parts = 0;
            AddNode(triples, document);
            hasNode = nodes.MoveNext();
            while (hasNode && nodes.Current.Label != NodeLabel.Document)
            {
                AddNode(triples, nodes.Current);
                if (nodes.Current.Label == NodeLabel.Statement) statements.Add(SpanOnly(nodes.Current));
                hasNode = nodes.MoveNext();
                if (triples.Count >= MaxSectionTriples)
                {
                    yield return Part(document, triples, parts++);
                    triples = [];
                }
            }
            var statementIds = statements.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
            while (hasRel && BelongsTo(rels.Current, document.Id, statementIds))
            {
                AddRelationship(triples, rels.Current, statements);
                hasRel = rels.MoveNext();
                if (triples.Count >= MaxSectionTriples)
                {
                    yield return Part(document, triples, parts++);
                    triples = [];
                }
            }
            if (triples.Count > 0 || parts == 0) yield return Part(document, triples, parts);
        }

        // Relationships no document claims (none in a graph the builder made): the default graph, so nothing is lost.
        var rest = new List<RdfTriple>();
        while (hasRel)
        {
            AddRelationship(rest, rels.Current, []);
            hasRel = rels.MoveNext();
        }
        if (rest.Count > 0) yield return Sorted(null, rest);
    }

    /// <summary>The triples of one node.</summary>
    public void AddNode(List<RdfTriple> triples, GraphNode node)
    {
        ArgumentNullException.ThrowIfNull(triples);
        ArgumentNullException.ThrowIfNull(node);
        var subject = _iris.Node(node.Id);
        triples.Add(new(subject, RdfVocabulary.Type, RdfVocabulary.Class(node.Label)));
        if (node.Label.IsEntity()) triples.Add(new(subject, RdfVocabulary.Type, RdfVocabulary.Entity));
        AddProperties(triples, subject, node.Properties);
    }

    /// <summary>The triples of one relationship; <paramref name="statements"/> are the statements of its document, for claims without a statement of their own.</summary>
    public void AddRelationship(List<RdfTriple> triples, GraphRelationship rel, IReadOnlyList<GraphNode> statements)
    {
        ArgumentNullException.ThrowIfNull(triples);
        ArgumentNullException.ThrowIfNull(rel);
        ArgumentNullException.ThrowIfNull(statements);
        var start = _iris.Node(rel.Start.Id);
        var end = _iris.Node(rel.End.Id);
        var predicate = RdfVocabulary.Predicate(rel.Type);
        triples.Add(new(start, predicate, end));
        if (rel.Type == RelationshipType.Said) triples.Add(new(end, RdfVocabulary.WasAttributedTo, start));
        if (rel.Properties.Count <= 1) return; // only its id: the direct triple says it all

        var claim = _iris.Claim(rel.Id);
        triples.Add(new(claim, RdfVocabulary.Type, RdfVocabulary.Claim));
        triples.Add(new(claim, RdfVocabulary.Subject, start));
        triples.Add(new(claim, RdfVocabulary.PredicateOf, predicate));
        triples.Add(new(claim, RdfVocabulary.Object, end));
        AddProperties(triples, claim, rel.Properties);
        foreach (var statement in StatementsOf(rel, statements)) triples.Add(new(claim, RdfVocabulary.Statement, _iris.Node(statement)));
    }

    /// <summary>
    /// The statements a claim rests on: the statement a SAID points to; otherwise the statements of the same
    /// document whose character span overlaps the claim's evidence span (the model keeps no direct link).
    /// </summary>
    private List<string> StatementsOf(GraphRelationship rel, IReadOnlyList<GraphNode> statements)
    {
        if (rel.End.Label == NodeLabel.Statement) return [rel.End.Id];
        if (!rel.Properties.TryGetValue("start", out var s) || s is not long start
            || !rel.Properties.TryGetValue("end", out var e) || e is not long end
            || !rel.Properties.TryGetValue("documentId", out var d) || d is not string documentId) return [];
        return IndexOf(statements).Overlapping(documentId, start, end);
    }

    private IReadOnlyList<GraphNode>? _indexed;
    private StatementSpans? _index;

    /// <summary>The spans of a document's statements, indexed once per document (a scan per fact would be quadratic).</summary>
    private StatementSpans IndexOf(IReadOnlyList<GraphNode> statements)
    {
        if (!ReferenceEquals(statements, _indexed) || _index is null)
        {
            _index = new StatementSpans(statements);
            _indexed = statements;
        }
        return _index;
    }

    /// <summary>Statements sorted by start, searched by binary search for those overlapping a span.</summary>
    private sealed class StatementSpans
    {
        private readonly (long Start, long End, string Id, string? Document)[] _spans;
        private readonly long _longest;

        public StatementSpans(IReadOnlyList<GraphNode> statements)
        {
            _spans = statements
                .Select(st => (
                    Start: st.Properties.TryGetValue("start", out var ss) && ss is long a ? a : long.MinValue,
                    End: st.Properties.TryGetValue("end", out var se) && se is long b ? b : long.MinValue,
                    st.Id,
                    Document: st.Properties.TryGetValue("documentId", out var sd) ? sd as string : null))
                .Where(x => x.Start != long.MinValue && x.End != long.MinValue)
                .OrderBy(x => x.Start).ThenBy(x => x.Id, StringComparer.Ordinal)
                .ToArray();
            _longest = _spans.Length == 0 ? 0 : _spans.Max(x => x.End - x.Start);
        }

        /// <summary>Ids of the statements of <paramref name="documentId"/> overlapping [start, end), in start order.</summary>
        public List<string> Overlapping(string documentId, long start, long end)
        {
            // Every candidate starts before `end` and no earlier than `start - longest`.
            int lo = 0, hi = _spans.Length;
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (_spans[mid].Start < start - _longest) lo = mid + 1; else hi = mid;
            }
            var found = new List<string>();
            for (var i = lo; i < _spans.Length && _spans[i].Start < end; i++)
            {
                var span = _spans[i];
                if (span.End > start && span.Document == documentId) found.Add(span.Id);
            }
            return found;
        }
    }

    private void AddProperties(List<RdfTriple> triples, RdfIri subject, IReadOnlyDictionary<string, object> properties)
    {
        foreach (var (key, value) in properties)
        {
            var predicate = RdfVocabulary.Property(key);
            if (RdfVocabulary.IsDocumentReference(key))
            {
                foreach (var id in value is IReadOnlyList<string> ids ? ids : [PropertyValues.Canonical(value)])
                {
                    if (id.Length > 0) triples.Add(new(subject, predicate, _iris.Node(id)));
                }
                continue;
            }
            if (value is IReadOnlyList<string> list)
            {
                foreach (var item in list) triples.Add(new(subject, predicate, RdfLiteral.String(item)));
                continue;
            }
            triples.Add(new(subject, predicate, Literal(value)));
        }
    }

    /// <summary>The literal for a scalar property value of the graph model.</summary>
    public static RdfLiteral Literal(object value) => value switch
    {
        string s => RdfLiteral.String(s),
        long l => RdfLiteral.Integer(l),
        double d => RdfLiteral.Double(d),
        bool b => RdfLiteral.Boolean(b),
        DateOnly date => RdfLiteral.Date(date),
        _ => throw new ArgumentException($"unsupported property type {value?.GetType().Name}", nameof(value)),
    };

    /// <summary>Which document a document-scoped relationship came from; unknown ones stay with the current document.</summary>
    private static bool BelongsTo(GraphRelationship rel, string documentId, HashSet<string> statementIds)
    {
        if (rel.Properties.TryGetValue("documentId", out var d) && d is string id) return id == documentId;
        if (rel.Start.Label == NodeLabel.Document) return rel.Start.Id == documentId;
        if (rel.End.Label == NodeLabel.Document) return rel.End.Id == documentId;
        if (rel.Start.Label == NodeLabel.Statement) return statementIds.Contains(rel.Start.Id);
        if (rel.End.Label == NodeLabel.Statement) return statementIds.Contains(rel.End.Id);
        return true;
    }

    /// <summary>
    /// A statement as the claims of its document need it: its id and span. Kept for the whole document while its
    /// relationships are mapped, so its text (up to 2,000 characters) is not kept with it.
    /// </summary>
    private static GraphNode SpanOnly(GraphNode statement) =>
        new(statement.Id, statement.Label, statement.Properties.Where(p => p.Key is "start" or "end" or "documentId"));

    /// <summary>A document's triples so far as a section; parts after the first go on with its named graph.</summary>
    private RdfSection Part(GraphNode document, List<RdfTriple> triples, int index) =>
        document.Label == NodeLabel.Document
            ? Sorted(_iris.DocumentGraph(document.Id), triples) with { DocumentId = document.Id, Continues = index > 0 }
            : Sorted(null, triples);

    private static RdfSection Sorted(RdfIri? graphName, List<RdfTriple> triples)
    {
        triples.Sort((a, b) => a.CompareTo(b));
        var unique = new List<RdfTriple>(triples.Count);
        foreach (var t in triples)
        {
            if (unique.Count == 0 || unique[^1].CompareTo(t) != 0) unique.Add(t);
        }
        return new RdfSection(graphName, unique);
    }
}
