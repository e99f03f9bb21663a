namespace Graph.Model.Tests;

public class GraphBuilderTests
{
    private static GraphNode Doc(string hashSeed, string title) =>
        new(GraphIds.Document(GraphIds.Hash(hashSeed)), NodeLabel.Document, [new("title", title), new("date", new DateOnly(2021, 4, 7))]);

    private static GraphNode Entity(string id, NodeLabel label, string name, params string[] aliases) =>
        new(id, label, [new("name", name), new("aliases", aliases)]);

    private static GraphNode Statement(GraphNode doc, int start, string text) =>
        new(GraphIds.Statement(doc.Id, start), NodeLabel.Statement, [new("text", text), new("documentId", doc.Id), new("start", (long)start)]);

    private static GraphRelationship Rel(RelationshipType type, GraphNode start, GraphNode end, params (string Key, object Value)[] props) =>
        new(GraphIds.Relationship(type, start.Id, end.Id), type, NodeRef.To(start), NodeRef.To(end),
            props.Select(p => new KeyValuePair<string, object>(p.Key, p.Value)));

    /// <summary>Two reports of one press conference: the same people and countries, spelled differently.</summary>
    private static (DocumentGraph First, DocumentGraph Second) TwoReports()
    {
        var doc1 = Doc("first", "Lavrov meets Qureshi");
        var lavrov1 = Entity("person/sergey-lavrov", NodeLabel.Person, "Lavrov");
        var qureshi1 = Entity("person/shah-mahmood-qureshi", NodeLabel.Person, "Shah Mahmood Qureshi", "Qureshi");
        var russia1 = Entity("RUS", NodeLabel.Country, "Russia", "Russian Federation");
        var s1 = Statement(doc1, 120, "We support the pipeline.");
        var first = new DocumentGraph(doc1, [russia1, lavrov1, qureshi1], [s1],
        [
            Rel(RelationshipType.Said, lavrov1, s1, ("verb", "said")),
            Rel(RelationshipType.ReportedIn, s1, doc1),
            Rel(RelationshipType.Represents, lavrov1, russia1, ("role", "Foreign Minister")),
            Rel(RelationshipType.Mentions, doc1, lavrov1, ("count", 2L)),
        ]);

        var doc2 = Doc("second", "Russia and Pakistan agree");
        var lavrov2 = Entity("person/sergey-lavrov", NodeLabel.Person, "Sergey Lavrov", "Mr Lavrov");
        var russia2 = Entity("RUS", NodeLabel.Country, "Russia", "Moscow");
        var pakistan = Entity("PAK", NodeLabel.Country, "Pakistan");
        var s2 = Statement(doc2, 40, "Both countries agreed.");
        var s3 = Statement(doc2, 10, "An earlier sentence.");
        var second = new DocumentGraph(doc2, [pakistan, lavrov2, russia2], [s2, s3],
        [
            Rel(RelationshipType.Said, lavrov2, s2, ("verb", "told")),
            Rel(RelationshipType.ReportedIn, s2, doc2),
            Rel(RelationshipType.ReportedIn, s3, doc2),
            Rel(RelationshipType.Represents, lavrov2, russia2, ("role", "Minister")),
        ]);
        return (first, second);
    }

    [Fact]
    public void Entities_seen_in_several_documents_become_one_merged_node()
    {
        var (first, second) = TwoReports();
        using var builder = new GraphBuilder();
        builder.Add(first).Should().BeTrue();
        builder.Add(second).Should().BeTrue();
        using var graph = builder.Build();

        var lavrov = graph.Nodes().Where(n => n.Id == "person/sergey-lavrov").Should().ContainSingle().Subject;
        lavrov.Name.Should().Be("Sergey Lavrov");
        lavrov.Aliases.Should().Equal("Lavrov", "Mr Lavrov");
        var russia = graph.Nodes().Where(n => n.Id == "RUS").Should().ContainSingle().Subject;
        russia.Aliases.Should().Equal("Moscow", "Russian Federation");

        // REPRESENTS is a fact about entities: one relationship, merged.
        var represents = graph.Relationships().Where(r => r.Type == RelationshipType.Represents).Should().ContainSingle().Subject;
        represents.Properties["role"].Should().Be("Foreign Minister");
    }

    [Fact]
    public void A_document_added_twice_is_refused_and_adds_nothing()
    {
        var (first, second) = TwoReports();
        using var builder = new GraphBuilder();
        builder.Add(first).Should().BeTrue();

        // Same document id, different content: a new entity, statement and relationship that must not leak in.
        var intruder = Entity("org/un", NodeLabel.Organization, "United Nations");
        var extraStatement = Statement(first.Document, 999, "Not here.");
        var again = first with
        {
            Entities = [.. first.Entities, intruder, Entity("person/sergey-lavrov", NodeLabel.Person, "Sergey Viktorovich Lavrov")],
            Nodes = [extraStatement],
            Relationships = [Rel(RelationshipType.ReportedIn, extraStatement, first.Document)],
        };
        builder.Contains(first.Document.Id).Should().BeTrue();
        builder.Contains(second.Document.Id).Should().BeFalse();
        builder.Add(again).Should().BeFalse();
        using var graph = builder.Build();

        graph.DocumentCount.Should().Be(1);
        graph.Nodes().Select(n => n.Id).Should().NotContain([intruder.Id, extraStatement.Id]);
        graph.Nodes().Single(n => n.Id == "person/sergey-lavrov").Name.Should().Be("Lavrov");
        graph.NodeCount.Should().Be(graph.Nodes().Count()).And.Be(5);
        graph.RelationshipCount.Should().Be(graph.Relationships().Count()).And.Be(4);
    }

    [Fact]
    public void Nodes_come_entities_first_sorted_by_label_then_id_then_documents_in_input_order()
    {
        var (first, second) = TwoReports();
        using var builder = new GraphBuilder();
        builder.Add(second);
        builder.Add(first);
        using var graph = builder.Build();

        graph.Nodes().Select(n => n.Id).Should().Equal(
            "person/sergey-lavrov", "person/shah-mahmood-qureshi",   // Person before Country: the order of NodeLabel
            "PAK", "RUS",
            second.Document.Id, second.Nodes[0].Id, second.Nodes[1].Id,
            first.Document.Id, first.Nodes[0].Id);
    }

    [Fact]
    public void Relationships_come_entity_facts_first_then_document_facts_in_input_order()
    {
        var (first, second) = TwoReports();
        using var builder = new GraphBuilder();
        builder.Add(second);
        builder.Add(first);
        using var graph = builder.Build();

        graph.Relationships().Select(r => r.Type.Name() + " " + r.Start.Id + " " + r.End.Id).Should().Equal(
            "REPRESENTS person/sergey-lavrov RUS",
            "SAID person/sergey-lavrov " + second.Nodes[0].Id,
            "REPORTED_IN " + second.Nodes[0].Id + " " + second.Document.Id,
            "REPORTED_IN " + second.Nodes[1].Id + " " + second.Document.Id,
            "SAID person/sergey-lavrov " + first.Nodes[0].Id,
            "REPORTED_IN " + first.Nodes[0].Id + " " + first.Document.Id,
            "MENTIONS " + first.Document.Id + " person/sergey-lavrov");
    }

    [Fact]
    public void Counts_per_label_and_type_match_what_is_written()
    {
        var (first, second) = TwoReports();
        using var builder = new GraphBuilder();
        builder.Add(first);
        builder.Add(second);
        using var graph = builder.Build();

        graph.NodeCounts.Should().BeEquivalentTo(new Dictionary<NodeLabel, int>
        {
            [NodeLabel.Person] = 2, [NodeLabel.Country] = 2, [NodeLabel.Organization] = 0, [NodeLabel.Project] = 0,
            [NodeLabel.Conflict] = 0, [NodeLabel.Statement] = 3, [NodeLabel.Document] = 2,
        });
        graph.RelationshipCounts.Should().BeEquivalentTo(new Dictionary<RelationshipType, int>
        {
            [RelationshipType.Said] = 2, [RelationshipType.About] = 0, [RelationshipType.ReportedIn] = 3, [RelationshipType.Supports] = 0,
            [RelationshipType.CommittedTo] = 0, [RelationshipType.Represents] = 1, [RelationshipType.Involves] = 0, [RelationshipType.Mentions] = 1, [RelationshipType.PartOf] = 0,
        });
        foreach (var label in NodeLabels.All) graph.NodeCounts[label].Should().Be(graph.Nodes().Count(n => n.Label == label), label.Name());
        foreach (var type in RelationshipTypes.All) graph.RelationshipCounts[type].Should().Be(graph.Relationships().Count(r => r.Type == type), type.Name());
        graph.NodeCount.Should().Be(9);
        graph.RelationshipCount.Should().Be(7);
        graph.DocumentCount.Should().Be(2);
    }

    [Fact]
    public void Every_relationship_ends_at_nodes_of_the_graph_so_sinks_can_write_nodes_first()
    {
        var (first, second) = TwoReports();
        using var builder = new GraphBuilder();
        builder.Add(first);
        builder.Add(second);
        using var graph = builder.Build();

        var nodes = graph.Nodes().Select(NodeRef.To).ToHashSet();
        graph.Relationships().Should().AllSatisfy(r =>
        {
            nodes.Should().Contain(r.Start);
            nodes.Should().Contain(r.End);
        });
    }

    [Fact]
    public void The_graph_can_be_read_again_and_again()
    {
        var (first, second) = TwoReports();
        using var builder = new GraphBuilder();
        builder.Add(first);
        builder.Add(second);
        using var graph = builder.Build();

        var once = graph.Nodes().Select(GraphText.Describe).Concat(graph.Relationships().Select(GraphText.Describe)).ToList();
        var twice = graph.Nodes().Select(GraphText.Describe).Concat(graph.Relationships().Select(GraphText.Describe)).ToList();
        twice.Should().Equal(once);
    }

    [Fact]
    public void Misplaced_nodes_are_rejected()
    {
        var doc = Doc("x", "x");
        using var builder = new GraphBuilder();
        FluentActions.Invoking(() => builder.Add(new DocumentGraph(doc, [Statement(doc, 1, "a")], [], [])))
            .Should().Throw<ArgumentException>().WithMessage("*not an entity*");
        var other = Doc("y", "y");
        FluentActions.Invoking(() => builder.Add(new DocumentGraph(other, [], [Entity("RUS", NodeLabel.Country, "Russia")], [])))
            .Should().Throw<ArgumentException>().WithMessage("*is an entity*");
    }

    [Fact]
    public void A_built_builder_cannot_be_used_again()
    {
        var (first, second) = TwoReports();
        using var builder = new GraphBuilder();
        builder.Add(first);
        using var graph = builder.Build();

        FluentActions.Invoking(() => builder.Add(second)).Should().Throw<ObjectDisposedException>();
        FluentActions.Invoking(() => builder.Build()).Should().Throw<ObjectDisposedException>();
        // The graph owns the spool: disposing the builder leaves it readable.
        builder.Dispose();
        graph.Nodes().Should().HaveCount(5);
    }
}
