using System.Globalization;
using Graph.Model;

namespace Graph.Extraction.Pipeline;

/// <summary>
/// A very long document read as consecutive sections, each on its own, and the sections' graphs joined into the
/// document's graph. Rules that look back through a document (who "he" is, which deal "the deal" is) cost more the
/// longer the document, so a 50 MB text read whole would take hours and gigabytes; in sections of
/// <see cref="Length"/> characters the work and memory grow with the length alone. A reference from one section to a
/// name in an earlier one is the price, which is why only documents far longer than any article are split.
/// </summary>
public static class DocumentSections
{
    /// <summary>Characters per section at most: some ten times a long feature article.</summary>
    public const int Length = 100_000;

    /// <summary>
    /// The sections of <paramref name="text"/>, each at most <paramref name="length"/> characters, cut at the last
    /// paragraph break of its second half, else the last line break, else the last space (never inside a word or a
    /// surrogate pair when any of those exist).
    /// </summary>
    public static IEnumerable<(int Start, int End)> Split(string text, int length = Length)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = 0;
        while (start < text.Length)
        {
            var end = Math.Min(text.Length, start + length);
            if (end < text.Length)
            {
                var window = text.AsSpan(start + length / 2, end - (start + length / 2));
                // The cut comes after the break, so a section ends with it and the next starts with the new paragraph.
                var cut = window.LastIndexOf("\n\n");
                if (cut >= 0) cut += 2;
                else if ((cut = window.LastIndexOf('\n')) >= 0 || (cut = window.LastIndexOf(' ')) >= 0) cut += 1;
                if (cut >= 0) end = start + length / 2 + cut;
                else if (char.IsLowSurrogate(text[end])) end--;
            }
            yield return (start, end);
            start = end;
        }
    }

    /// <summary>
    /// One section's graph as a part of the document's graph (see <see cref="ExtractionPipeline.ExtractSections"/>):
    /// sentence numbers shifted by <paramref name="sentencesBefore"/>, MENTIONS held back in <paramref name="mentions"/>
    /// (their counts added up) until the last part, warnings said of the section, and the note that the document was
    /// read in sections on the first part.
    /// </summary>
    public static DocumentGraph Part(DocumentGraph section, int sentencesBefore, SortedDictionary<string, GraphRelationship> mentions, int index, int count)
    {
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(mentions);
        var relationships = new List<GraphRelationship>(section.Relationships.Count);
        foreach (var relationship in section.Relationships)
        {
            if (relationship.Type != RelationshipType.Mentions)
            {
                relationships.Add(ShiftSentence(relationship, sentencesBefore));
                continue;
            }
            mentions[relationship.Id] = mentions.TryGetValue(relationship.Id, out var earlier)
                ? new GraphRelationship(earlier.Id, earlier.Type, earlier.Start, earlier.End,
                    [new("count", (long)earlier.Properties["count"] + (long)relationship.Properties["count"])])
                : relationship;
        }
        if (index == count - 1) relationships.AddRange(mentions.Values);
        var warnings = section.Warnings.Select(w => string.Create(CultureInfo.InvariantCulture, $"{w} (in section {index + 1} of {count})")).ToList();
        if (index == 0)
        {
            warnings.Insert(0, string.Create(CultureInfo.InvariantCulture,
                $"longer than {Length:N0} characters, so read in {count} sections: a reference to a name in an earlier section (\"he\", \"the deal\") is not resolved"));
        }
        return new DocumentGraph(section.Document, section.Entities, section.Nodes, relationships) { Warnings = warnings };
    }

    /// <summary>
    /// One document's graph from its parts (<see cref="Part"/>), in memory: entities merged, facts stated in several
    /// sections (REPRESENTS, INVOLVES) once.
    /// </summary>
    public static DocumentGraph Join(IReadOnlyList<DocumentGraph> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var entities = new SortedDictionary<string, GraphNode>(StringComparer.Ordinal);
        var relationships = new List<GraphRelationship>();
        var byId = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            foreach (var entity in part.Entities)
            {
                entities[entity.Id] = entities.TryGetValue(entity.Id, out var earlier) ? PropertyMerger.Merge(earlier, entity) : entity;
            }
            foreach (var relationship in part.Relationships)
            {
                if (byId.TryGetValue(relationship.Id, out var index)) relationships[index] = PropertyMerger.Merge(relationships[index], relationship);
                else
                {
                    byId[relationship.Id] = relationships.Count;
                    relationships.Add(relationship);
                }
            }
        }
        return new DocumentGraph(parts[0].Document, entities.Values.ToArray(), parts.SelectMany(p => p.Nodes).ToArray(), relationships)
        {
            Warnings = parts.SelectMany(p => p.Warnings).ToArray(),
        };
    }

    private static GraphRelationship ShiftSentence(GraphRelationship relationship, int sentencesBefore)
    {
        if (sentencesBefore == 0 || !relationship.Properties.TryGetValue("sentence", out var value)) return relationship;
        return new GraphRelationship(relationship.Id, relationship.Type, relationship.Start, relationship.End,
            relationship.Properties.Select(p => p.Key == "sentence" ? new KeyValuePair<string, object>("sentence", (long)value + sentencesBefore) : p));
    }
}
