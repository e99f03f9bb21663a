using Graph.Documents;
using Graph.Extraction.Pipeline;
using Graph.Model;

namespace Graph.Extraction.Tests;

/// <summary>Runs the default pipeline on a text and answers questions about the graph it gives.</summary>
public sealed class ExtractionHarness
{
    private static readonly ExtractionPipeline Pipeline = new ExtractionPipelineBuilder().UseDefaults().Build();

    private readonly string _text;
    private ExtractionContext? _context;

    public ExtractionHarness(string text)
    {
        _text = text;
        Graph = Pipeline.Extract(DocumentFactory.Create("spec.txt", text));
    }

    public DocumentGraph Graph { get; }

    /// <summary>The analysis behind the graph, with every mention; computed again on first use.</summary>
    public ExtractionContext Context => _context ??= Pipeline.Analyze(DocumentFactory.Create("spec.txt", _text));

    /// <summary>
    /// The names of the projects and conflicts that references ("the deal", "the war") with this text resolve to.
    /// </summary>
    public IEnumerable<string> ReferredBy(string surface) =>
        Context.Mentions.Where(m => m.Kind == Recognition.MentionKind.Reference && m.Surface == surface)
            .Select(m => Context.Definitions.TryGetValue((m.Label, m.Key), out var d) ? d.Name : m.Key);

    public IEnumerable<GraphNode> Entities(NodeLabel label) => Graph.Entities.Where(e => e.Label == label);

    /// <summary>The entity of a label with this name or alias, if any.</summary>
    public GraphNode? Named(NodeLabel label, string name) =>
        Entities(label).FirstOrDefault(e => e.Name == name || e.Aliases.Contains(name));

    public GraphNode? Person(string name) =>
        Entities(NodeLabel.Person).FirstOrDefault(p => p.Name == name || p.Aliases.Contains(name));

    /// <summary>Relationships of a type between entities, by their names, with the role when there is one.</summary>
    public IEnumerable<(string Subject, string Object, string? Role)> Relations(RelationshipType type)
    {
        var names = Graph.Entities.ToDictionary(e => e.Id, e => e.Name ?? e.Id);
        foreach (var r in Graph.Relationships.Where(r => r.Type == type))
        {
            yield return (names.GetValueOrDefault(r.Start.Id, r.Start.Id), names.GetValueOrDefault(r.End.Id, r.End.Id),
                r.Properties.TryGetValue("role", out var role) ? role as string : null);
        }
    }

    /// <summary>The evidence texts of the relationships of a type from one entity to another, by their names.</summary>
    public IEnumerable<string> Evidence(RelationshipType type, string subject, string target)
    {
        var names = Graph.Entities.ToDictionary(e => e.Id, e => e.Name ?? e.Id);
        return Graph.Relationships.Where(r => r.Type == type && names.GetValueOrDefault(r.Start.Id) == subject && names.GetValueOrDefault(r.End.Id) == target
                && r.Properties.ContainsKey("evidence"))
            .Select(r => (string)r.Properties["evidence"]);
    }

    /// <summary>Statements whose source names no person: their source words and text.</summary>
    public IEnumerable<(string Source, string Text)> UnattributedStatements() =>
        Graph.Nodes.Where(n => n.Label == NodeLabel.Statement && n.Properties.ContainsKey("source"))
            .Select(n => ((string)n.Properties["source"], (string)n.Properties["text"]));

    /// <summary>Statement texts with the name of their speaker.</summary>
    public IEnumerable<(string Speaker, string Text)> Statements()
    {
        var names = Graph.Entities.ToDictionary(e => e.Id, e => e.Name ?? e.Id);
        var statements = Graph.Nodes.Where(n => n.Label == NodeLabel.Statement).ToDictionary(n => n.Id, n => (string)n.Properties["text"]);
        foreach (var said in Graph.Relationships.Where(r => r.Type == RelationshipType.Said))
        {
            yield return (names[said.Start.Id], statements[said.End.Id]);
        }
    }
}
