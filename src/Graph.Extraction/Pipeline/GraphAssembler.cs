using Graph.Documents;
using Graph.Extraction.Recognition;
using Graph.Model;

namespace Graph.Extraction.Pipeline;

/// <summary>
/// Turns what the steps found in one document into graph nodes and relationships: entities with the
/// surface forms seen, the Document node, statements with SAID, REPORTED_IN and ABOUT, and MENTIONS.
/// </summary>
public static class GraphAssembler
{
    /// <summary>Builds the document's graph.</summary>
    public static DocumentGraph Assemble(ExtractionContext context)
    {
        var doc = context.Document;
        var documentNode = DocumentNode(doc);
        var entityIds = new Dictionary<(NodeLabel, string), string>();
        var entities = new SortedDictionary<string, GraphNode>(StringComparer.Ordinal);
        var mentionCounts = new SortedDictionary<string, (NodeRef Ref, long Count)>(StringComparer.Ordinal);

        foreach (var group in context.Mentions.GroupBy(m => (m.Label, m.Key)))
        {
            var node = EntityNode(context, group.Key.Label, group.Key.Key, group);
            if (node is null) continue;
            entityIds[group.Key] = node.Id;
            entities[node.Id] = entities.TryGetValue(node.Id, out var existing) ? PropertyMerger.Merge(existing, node) : node;
            var previous = mentionCounts.TryGetValue(node.Id, out var c) ? c.Count : 0;
            mentionCounts[node.Id] = (NodeRef.To(node), previous + group.Count());
        }
        // Ends of facts that were inferred rather than mentioned (a person's country from "his country").
        foreach (var fact in context.Facts)
        {
            foreach (var end in new[] { (fact.SubjectLabel, fact.SubjectKey), (fact.ObjectLabel, fact.ObjectKey) })
            {
                if (entityIds.ContainsKey(end)) continue;
                var node = EntityNode(context, end.Item1, end.Item2, []);
                if (node is null) continue;
                entityIds[end] = node.Id;
                entities[node.Id] = entities.TryGetValue(node.Id, out var existing) ? PropertyMerger.Merge(existing, node) : node;
            }
        }

        var nodes = new List<GraphNode>();
        var relationships = new List<GraphRelationship>();
        foreach (var (id, (nodeRef, count)) in mentionCounts)
        {
            relationships.Add(new GraphRelationship(
                GraphIds.Relationship(RelationshipType.Mentions, documentNode.Id, id), RelationshipType.Mentions,
                NodeRef.To(documentNode), nodeRef, [new("count", count)]));
        }

        // Mentions sorted by start, so each statement finds the ones inside it by binary search, not by a scan.
        var byStart = context.Mentions.OrderBy(m => m.Start).ToArray();
        var starts = byStart.Select(m => m.Start).ToArray();
        // A statement by a source that names no person ("officials said") has no SAID edge: its source words are a property.
        var statements = context.Statements.Where(s => entityIds.ContainsKey((NodeLabel.Person, s.SpeakerKey)))
            .Concat(context.UnattributedStatements).OrderBy(s => s.Start).ToList();
        var warnings = new List<string>();
        if (doc.OtherLanguage is { } language) warnings.Add($"looks like {language}, not English; imported without facts (only English is read)");
        if (statements.Count > ExtractionLimits.MaxStatementsPerDocument)
        {
            warnings.Add(ExtractionLimits.CutWarning("statements", statements.Count, ExtractionLimits.MaxStatementsPerDocument));
            statements.RemoveRange(ExtractionLimits.MaxStatementsPerDocument, statements.Count - ExtractionLimits.MaxStatementsPerDocument);
        }
        var attributedStarts = context.Statements.Select(s => s.Start).ToHashSet();
        // A statement's id is its start: two readings of the same words (two attributions of one sentence, "officials said,
        // adding that ...") are one Statement node, with a SAID edge from each person credited with it.
        var statementAt = new Dictionary<int, GraphNode>();
        var saidEdges = new HashSet<string>(StringComparer.Ordinal);
        foreach (var statement in statements)
        {
            if (statement.Source is not null && attributedStarts.Contains(statement.Start)) continue; // its id (the start) is a person's statement
            var speakerId = statement.Source is null ? entityIds[(NodeLabel.Person, statement.SpeakerKey)] : null;
            var bounded = statement with { End = ExtractionLimits.BoundedEnd(context.Text, statement.Start, statement.End, ExtractionLimits.MaxStatementLength) };
            var known = statementAt.TryGetValue(statement.Start, out var node);
            if (!known)
            {
                node = new GraphNode(GraphIds.Statement(documentNode.Id, statement.Start), NodeLabel.Statement, StatementProperties(context, bounded, documentNode.Id));
                statementAt[statement.Start] = node;
                nodes.Add(node);
            }
            if (speakerId is not null && saidEdges.Add(GraphIds.Relationship(RelationshipType.Said, speakerId, node!.Id)))
            {
                // The evidence shows where the words meet their attribution: before the quotation, or after it.
                var anchor = statement.EvidenceStart < statement.Start ? statement.Start : statement.End;
                var (from, to) = ExtractionLimits.Window(context.Text, statement.EvidenceStart, statement.EvidenceEnd, anchor, ExtractionLimits.MaxEvidenceLength);
                var provenance = new Provenance(documentNode.Id, statement.Sentence, from, to, context.Text[from..to], statement.Rule, statement.Confidence);
                var saidProperties = provenance.ToProperties().Append(new("verb", statement.Verb)).ToList();
                if (doc.Date is { } date) saidProperties.Add(new("date", date));
                relationships.Add(new GraphRelationship(GraphIds.Relationship(RelationshipType.Said, speakerId, node.Id), RelationshipType.Said,
                    new NodeRef(speakerId, NodeLabel.Person), NodeRef.To(node), saidProperties));
            }
            if (known) continue;
            relationships.Add(new GraphRelationship(GraphIds.Relationship(RelationshipType.ReportedIn, node!.Id, documentNode.Id), RelationshipType.ReportedIn,
                NodeRef.To(node), NodeRef.To(documentNode), []));
            // ABOUT: every entity mentioned inside the statement's words, except its own speaker.
            var about = new SortedDictionary<string, NodeRef>(StringComparer.Ordinal);
            var first = Array.BinarySearch(starts, statement.Start);
            if (first < 0) first = ~first;
            while (first > 0 && starts[first - 1] == statement.Start) first--;
            for (var k = first; k < byStart.Length && byStart[k].Start < bounded.End; k++)
            {
                var m = byStart[k];
                if (m.End > bounded.End) continue;
                if (!entityIds.TryGetValue((m.Label, m.Key), out var target) || target == speakerId) continue;
                about[target] = new NodeRef(target, m.Label);
            }
            foreach (var (target, targetRef) in about)
            {
                relationships.Add(new GraphRelationship(GraphIds.Relationship(RelationshipType.About, node.Id, target), RelationshipType.About,
                    NodeRef.To(node), targetRef, []));
            }
        }
        AddFacts(context, documentNode, entityIds, relationships, warnings);
        return new DocumentGraph(documentNode, entities.Values.ToArray(), nodes, relationships) { Warnings = warnings };
    }

    /// <summary>The graph id of every entity the document's mentions and facts refer to, by (label, key).</summary>
    public static IReadOnlyDictionary<(NodeLabel Label, string Key), string> EntityIds(ExtractionContext context)
    {
        var ids = new Dictionary<(NodeLabel, string), string>();
        foreach (var group in context.Mentions.GroupBy(m => (m.Label, m.Key)))
        {
            if (EntityNode(context, group.Key.Label, group.Key.Key, group) is { } node) ids[group.Key] = node.Id;
        }
        foreach (var fact in context.Facts)
        {
            foreach (var end in new[] { (fact.SubjectLabel, fact.SubjectKey), (fact.ObjectLabel, fact.ObjectKey) })
            {
                if (!ids.ContainsKey(end) && EntityNode(context, end.Item1, end.Item2, []) is { } node) ids[end] = node.Id;
            }
        }
        return ids;
    }

    /// <summary>
    /// Entity-to-entity facts. SUPPORTS and COMMITTED_TO are kept per piece of evidence (one relationship per
    /// sentence that states them); REPRESENTS and INVOLVES are facts about the entities, one per pair (and role),
    /// merged across documents with the list of documents that state them.
    /// </summary>
    private static void AddFacts(ExtractionContext context, GraphNode documentNode, Dictionary<(NodeLabel, string), string> entityIds,
        List<GraphRelationship> relationships, List<string> warnings)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (context.Facts.Count > ExtractionLimits.MaxFactsPerDocument)
        {
            warnings.Add(ExtractionLimits.CutWarning("facts", context.Facts.Count, ExtractionLimits.MaxFactsPerDocument));
        }
        foreach (var fact in context.Facts.OrderBy(f => f.Start).ThenBy(f => f.Type).ThenBy(f => f.SubjectKey, StringComparer.Ordinal).ThenBy(f => f.ObjectKey, StringComparer.Ordinal).Take(ExtractionLimits.MaxFactsPerDocument))
        {
            if (!entityIds.TryGetValue((fact.SubjectLabel, fact.SubjectKey), out var subject)) continue;
            if (!entityIds.TryGetValue((fact.ObjectLabel, fact.ObjectKey), out var obj)) continue;
            if (subject == obj) continue;
            var properties = new List<KeyValuePair<string, object>>(fact.Properties);
            string key;
            if (fact.Type.IsDocumentScoped())
            {
                key = documentNode.Id + "@" + fact.Start.ToString(System.Globalization.CultureInfo.InvariantCulture);
                var (from, to) = ExtractionLimits.Window(context.Text, fact.Start, fact.End, FactAnchor(context, fact), ExtractionLimits.MaxEvidenceLength);
                var provenance = new Provenance(documentNode.Id, fact.Sentence, from, to, context.Text[from..to], fact.Rule, fact.Confidence);
                properties.AddRange(provenance.ToProperties());
                if (context.Document.Date is { } date) properties.Add(new("date", date));
            }
            else
            {
                key = fact.Properties.FirstOrDefault(p => p.Key == "role").Value as string ?? "";
                properties.Add(new("documents", new[] { documentNode.Id }));
            }
            var id = GraphIds.Relationship(fact.Type, subject, obj, key);
            if (!seen.Add(id)) continue;
            relationships.Add(new GraphRelationship(id, fact.Type, new NodeRef(subject, fact.SubjectLabel), new NodeRef(obj, fact.ObjectLabel), properties));
        }
    }

    /// <summary>
    /// Where a fact's evidence is centred when the sentence is longer than evidence may be: on the first mention of its
    /// object (the stance word stands between actor and target), else the middle. Only long sentences pay for the search.
    /// </summary>
    private static int FactAnchor(ExtractionContext context, FactCandidate fact)
    {
        if (fact.End - fact.Start <= ExtractionLimits.MaxEvidenceLength) return fact.Start;
        var first = context.Mentions.Where(m => m.Start >= fact.Start && m.End <= fact.End && m.Label == fact.ObjectLabel && m.Key == fact.ObjectKey)
            .Select(m => (int?)m.Start).Min();
        return first ?? fact.Start + (fact.End - fact.Start) / 2;
    }

    private static GraphNode DocumentNode(SourceDocument doc)
    {
        var properties = new List<KeyValuePair<string, object>>
        {
            new("source", doc.Source),
            // What identifies the document across versions of its text: its JSON Lines id, else where it was read
            // from. Importing a changed text with the same key replaces the old version's facts.
            new("key", doc.ExternalId ?? doc.Source),
            new("sha256", doc.Sha256),
            new("length", (long)doc.Text.Length),
        };
        if (doc.Title is not null) properties.Add(new("title", doc.Title));
        if (doc.Date is { } date) properties.Add(new("date", date));
        if (doc.Url is not null) properties.Add(new("url", doc.Url));
        if (doc.Layout.Dateline is not null) properties.Add(new("dateline", doc.Layout.Dateline));
        return new GraphNode(doc.Id, NodeLabel.Document, properties);
    }

    private static GraphNode? EntityNode(ExtractionContext context, NodeLabel label, string key, IEnumerable<Mention> mentions)
    {
        var node = EntityNodeWithAnyAliases(context, label, key, mentions);
        if (node is null || !node.Aliases.Any(a => !IsSurfaceName(a))) return node;
        // An alias is a name of the entity as written, never a phrase around it ("Despite Reagan", "of Chile").
        return new GraphNode(node.Id, node.Label, node.Properties.Where(p => p.Key is not ("id" or "aliases"))
            .Append(new("aliases", node.Aliases.Where(IsSurfaceName).ToArray())));
    }

    /// <summary>Whether a form neither starts nor ends with punctuation or a word that joins phrases.</summary>
    internal static bool IsSurfaceName(string form)
    {
        if (form.Length == 0 || !char.IsLetterOrDigit(form[0]) || !(char.IsLetterOrDigit(form[^1]) || form[^1] is '.' or ')')) return false;
        var words = form.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return !Syntax.WordClasses.IsPhraseWord(words[0]) && !Syntax.WordClasses.IsPhraseWord(words[^1]);
    }

    private static GraphNode? EntityNodeWithAnyAliases(ExtractionContext context, NodeLabel label, string key, IEnumerable<Mention> mentions)
    {
        // A capital standing for its government ("Moscow said") is a mention with its evidence, not a name of the
        // country: metonyms are not aliases.
        var surfaces = mentions.Where(m => m.Kind is MentionKind.Name or MentionKind.ShortName)
            .Select(m => Normalise(m.Surface)).ToHashSet(StringComparer.Ordinal);
        switch (label)
        {
            case NodeLabel.Country:
            {
                var entry = context.Gazetteer.CountriesById[key];
                surfaces.Remove(entry.Name);
                var props = new List<KeyValuePair<string, object>> { new("name", entry.Name), new("aliases", Sorted(surfaces)) };
                if (entry.Iso2.Length > 0) props.Add(new("iso2", entry.Iso2));
                return new GraphNode(GraphIds.Country(entry.Id), label, props);
            }
            case NodeLabel.Organization when !context.Gazetteer.OrganizationsById.ContainsKey(key):
            case NodeLabel.Project:
            case NodeLabel.Conflict:
            {
                if (!context.Definitions.TryGetValue((label, key), out var definition)) return null;
                surfaces.UnionWith(definition.Aliases);
                surfaces.Remove(definition.Name);
                // "the pact", "the commission": a reference by a common noun is not a name of the entity.
                surfaces.RemoveWhere(IsCommonNoun);
                var id = label switch
                {
                    NodeLabel.Project => GraphIds.Project(definition.Name),
                    NodeLabel.Conflict => GraphIds.Conflict(definition.Name),
                    _ => GraphIds.Organization(definition.Name),
                };
                // A name that does not tell the entity apart across documents gets an id of this document only.
                if (definition.Scope is { } scope) id += "/" + scope[(scope.IndexOf('/') + 1)..];
                return new GraphNode(id, label, [new("name", definition.Name), new("aliases", Sorted(surfaces))]);
            }
            case NodeLabel.Organization:
            {
                var entry = context.Gazetteer.OrganizationsById[key];
                surfaces.Remove(entry.Name);
                var props = new List<KeyValuePair<string, object>> { new("name", entry.Name), new("aliases", Sorted(surfaces)) };
                if (entry.Acronym.Length > 0) props.Add(new("acronym", entry.Acronym));
                return new GraphNode(GraphIds.Organization(entry.Id), label, props);
            }
            case NodeLabel.Person:
            {
                var person = context.People.Get(key);
                if (person is null) return null;
                surfaces.UnionWith(person.Forms);
                surfaces.Remove(person.Name);
                return new GraphNode(GraphIds.Person(person.Name), label, [new("name", person.Name), new("aliases", Sorted(surfaces))]);
            }
            default:
                return null;
        }
    }

    private static IEnumerable<KeyValuePair<string, object>> StatementProperties(ExtractionContext context, Speech.StatementCandidate s, string documentId)
    {
        yield return new("text", context.Text[s.Start..s.End]);
        yield return new("quote", s.IsDirect ? "direct" : "reported");
        yield return new("verb", s.Verb);
        if (s.Source is not null) yield return new("source", s.Source);
        yield return new("documentId", documentId);
        yield return new("start", (long)s.Start);
        yield return new("end", (long)s.End);
        if (context.Document.Date is { } date) yield return new("date", date);
    }

    private static bool IsCommonNoun(string surface)
    {
        var words = surface.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 0 && words[0].Equals("the", StringComparison.OrdinalIgnoreCase)) words = words[1..];
        return words.Length == 1 && words[0].All(c => char.IsLower(c) || c == '-');
    }

    private static string[] Sorted(IEnumerable<string> items) => items.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();

    private static string Normalise(string surface) => string.Join(' ', surface.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
