using System.Globalization;
using Graph.Model;

namespace Graph.Rdf.Tests;

/// <summary>
/// A document far longer than an article is mapped to RDF in parts of bounded size that go on with its named graph,
/// so that no writer holds the whole document's triples at once, and nothing is lost between the parts.
/// </summary>
public class LongDocumentMappingTests
{
    private static GraphContent LongDocument(int statements)
    {
        var doc = new GraphNode("doc/long", NodeLabel.Document, [new("title", "A long record")]);
        var person = new GraphNode("person/ol-brsk", NodeLabel.Person, [new("name", "Ola Brisk")]);
        var nodes = new List<GraphNode>();
        var relationships = new List<GraphRelationship>();
        for (var i = 0; i < statements; i++)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"statement/long-{i}");
            var statement = new GraphNode(id, NodeLabel.Statement, [new("text", "We agree"), new("documentId", "doc/long"), new("start", (long)i * 10), new("end", (long)i * 10 + 8)]);
            nodes.Add(statement);
            relationships.Add(new GraphRelationship("rel/said-" + i, RelationshipType.Said, NodeRef.To(person), NodeRef.To(statement), [new("documentId", "doc/long")]));
        }
        using var builder = new GraphBuilder();
        builder.Add(new DocumentGraph(doc, [person], nodes, relationships));
        return builder.Build();
    }

    [Fact]
    public void A_long_documents_graph_comes_in_parts_of_bounded_size_that_go_on_with_its_named_graph()
    {
        using var graph = LongDocument(40_000);
        var mapping = new GraphToRdf(new RdfDataIris(RdfDataIris.DefaultBase));

        var sections = mapping.Map(graph).Where(s => s.DocumentId == "doc/long").ToList();

        sections.Count.Should().BeGreaterThan(1);
        sections.Should().OnlyContain(s => s.Triples.Count <= GraphToRdf.MaxSectionTriples + 20);
        sections[0].Continues.Should().BeFalse();
        sections.Skip(1).Should().OnlyContain(s => s.Continues && s.GraphName == sections[0].GraphName);
        var texts = sections.SelectMany(s => s.Triples).Count(t => t.Predicate.Value.EndsWith("#text", StringComparison.Ordinal));
        texts.Should().Be(40_000, "every statement's text is in one of the parts");
    }

    [Fact]
    public async Task The_nquads_of_a_long_document_hold_every_quad_once_in_its_named_graph()
    {
        using var graph = LongDocument(40_000);
        var exporter = new NQuadsExporter(new RdfDataIris(RdfDataIris.DefaultBase));

        var (text, count) = await TinyGraph.WriteAsync(exporter, graph);

        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount((int)count).And.OnlyHaveUniqueItems();
        lines.Count(l => l.Contains("/statement/long-", StringComparison.Ordinal) && l.Contains("#text>", StringComparison.Ordinal)).Should().Be(40_000);
    }

    /// <summary>A corpus's worth of entities: people, each with a few triples, and one document that mentions them.</summary>
    private static GraphContent ManyEntities(int people)
    {
        var doc = new GraphNode("doc/many", NodeLabel.Document, [new("title", "Many people")]);
        var entities = Enumerable.Range(0, people)
            .Select(i => new GraphNode(string.Create(CultureInfo.InvariantCulture, $"person/p{i:D6}"), NodeLabel.Person,
                [new("name", string.Create(CultureInfo.InvariantCulture, $"Person Number {i}")), new("aliases", (IReadOnlyList<string>)[string.Create(CultureInfo.InvariantCulture, $"Number {i}")])]))
            .ToList();
        using var builder = new GraphBuilder();
        builder.Add(new DocumentGraph(doc, entities, [], []));
        return builder.Build();
    }

    [Fact]
    public void The_default_graph_of_many_entities_comes_in_bounded_sorted_parts_and_loses_nothing()
    {
        using var graph = ManyEntities(12_000);
        var mapping = new GraphToRdf(new RdfDataIris(RdfDataIris.DefaultBase));

        var sections = mapping.Map(graph).Where(s => s.GraphName is null).ToList();

        sections.Count.Should().BeGreaterThan(1, "a corpus's entities are not held and sorted at once");
        sections.Should().OnlyContain(s => s.Triples.Count <= GraphToRdf.MaxSectionTriples + 20);
        sections.Should().OnlyContain(s => s.Triples.Zip(s.Triples.Skip(1)).All(p => p.First.CompareTo(p.Second) < 0), "each part is sorted and free of duplicates");
        sections.SelectMany(s => s.Triples).Count(t => t.Predicate.Value.EndsWith("#name", StringComparison.Ordinal)).Should().Be(12_000);
    }

    [Fact]
    public async Task The_turtle_of_many_entities_in_parts_reads_back_as_every_triple_once()
    {
        using var graph = ManyEntities(12_000);
        var turtle = new TurtleExporter(new RdfDataIris(RdfDataIris.DefaultBase));
        var ntriples = new NTriplesExporter(new RdfDataIris(RdfDataIris.DefaultBase));

        var (ttl, ttlCount) = await TinyGraph.WriteAsync(turtle, graph);
        var (nt, ntCount) = await TinyGraph.WriteAsync(ntriples, graph);

        ttlCount.Should().Be(ntCount);
        nt.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount((int)ntCount).And.OnlyHaveUniqueItems();
        ttl.Should().Contain("Person Number 11999");
    }
}
