using Graph.Model;

namespace Graph.Rdf.Tests;

/// <summary>A one-document graph whose names can be replaced by hostile strings.</summary>
internal static class TinyGraph
{
    public static GraphContent Build(string personName = "Sergey Lavrov", string personId = "person/srg-lvrv", string evidence = "Russia supports the pipeline")
    {
        var doc = new GraphNode("doc/abc", NodeLabel.Document, [new("title", "Talks"), new("date", new DateOnly(2021, 4, 7))]);
        var person = new GraphNode(personId, NodeLabel.Person, [new("name", personName), new("aliases", (IReadOnlyList<string>)["Lavrov"])]);
        var country = new GraphNode("RUS", NodeLabel.Country, [new("name", "Russia")]);
        var statement = new GraphNode("statement/abc-10", NodeLabel.Statement,
            [new("text", "We agree"), new("documentId", "doc/abc"), new("start", 10L), new("end", 18L)]);
        var said = new GraphRelationship("rel/said", RelationshipType.Said, NodeRef.To(person), NodeRef.To(statement), [new("confidence", 0.7), new("documentId", "doc/abc")]);
        var supports = new GraphRelationship("rel/sup", RelationshipType.Supports, NodeRef.To(country), NodeRef.To(person),
            [new("evidence", evidence), new("confidence", 1.0), new("documentId", "doc/abc"), new("start", 12L), new("end", 20L)]);
        using var builder = new GraphBuilder();
        builder.Add(new DocumentGraph(doc, [person, country], [statement], [said, supports]));
        return builder.Build();
    }

    public static async Task<(string Text, long Count)> WriteAsync(RdfExporter exporter, GraphContent graph)
    {
        using var stream = new MemoryStream();
        await exporter.WriteAsync(graph, stream);
        return (System.Text.Encoding.UTF8.GetString(stream.ToArray()), exporter.StatementsWritten);
    }
}
