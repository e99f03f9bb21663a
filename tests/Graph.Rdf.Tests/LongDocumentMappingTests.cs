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
}
