using CsCheck;

namespace Graph.Model.Tests;

/// <summary>Document nodes, statements and their relationships go through the builder's disk spool: they must come back unchanged.</summary>
public class GraphSpoolTests
{
    private static readonly KeyValuePair<string, object>[] EveryType =
    [
        new("text", "line one\nline two\r\nthird\tcolumn \"quoted\" 'single' \\ back"),
        new("emoji", "👨\u200D👩\u200D👧 😀 𝔸"),
        new("rtl", "\u202Eمرحبا بالعالم\u202C שלום \u2067isolate\u2069"),
        new("controls", "\u0001\u001F\u007F\u0085\u2028\u2029\uFEFF"),
        new("empty", ""),
        new("long", 42L),
        new("int", 7),
        new("min", long.MinValue),
        new("max", long.MaxValue),
        new("double", 0.1),
        new("negativeZero", -0.0),
        new("tiny", double.Epsilon),
        new("huge", double.MaxValue),
        new("yes", true),
        new("no", false),
        new("date", new DateOnly(2021, 4, 7)),
        new("firstDay", DateOnly.MinValue),
        new("lastDay", DateOnly.MaxValue),
        new("list", new[] { "b", "a", "", "line\nbreak", "😀" }),
        new("emptyList", Array.Empty<string>()),
    ];

    private static GraphContent Spool(GraphNode document, GraphNode[] nodes, GraphRelationship[] rels)
    {
        using var builder = new GraphBuilder();
        builder.Add(new DocumentGraph(document, [], nodes, rels));
        return builder.Build();
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Non_finite_doubles_are_refused_when_set(double value)
    {
        var act = () => new GraphNode("doc/x", NodeLabel.Document, [new("score", value)]);
        act.Should().Throw<ArgumentException>().WithMessage("*score*");
    }

    [Fact]
    public void Every_property_type_round_trips_through_the_spool()
    {
        var doc = new GraphNode(GraphIds.Document(GraphIds.Hash("spool")), NodeLabel.Document, EveryType);
        var statement = new GraphNode(GraphIds.Statement(doc.Id, 5), NodeLabel.Statement, EveryType);
        var rel = new GraphRelationship(GraphIds.Relationship(RelationshipType.ReportedIn, statement.Id, doc.Id), RelationshipType.ReportedIn,
            NodeRef.To(statement), NodeRef.To(doc), EveryType);

        using var graph = Spool(doc, [statement], [rel]);

        graph.Nodes().Select(GraphText.Describe).Should().Equal(GraphText.Describe(doc), GraphText.Describe(statement));
        graph.Relationships().Select(GraphText.Describe).Should().Equal(GraphText.Describe(rel));
        var read = graph.Nodes().First();
        read.Properties["int"].Should().BeOfType<long>().Which.Should().Be(7L);
        BitConverter.DoubleToInt64Bits((double)read.Properties["negativeZero"]).Should().Be(BitConverter.DoubleToInt64Bits(-0.0));
        read.Properties["emptyList"].Should().BeAssignableTo<IReadOnlyList<string>>().Which.Should().BeEmpty();
        read.Properties["date"].Should().Be(new DateOnly(2021, 4, 7));
    }

    [Fact]
    public void Random_properties_round_trip_through_the_spool()
    {
        var properties = Gen.Select(ModelGen.Text, ModelGen.Value).Array[0, 8]
            .Select(kv => kv.DistinctBy(p => p.Item1).Select(p => new KeyValuePair<string, object>(p.Item1, p.Item2)).ToArray());
        Gen.Select(properties, properties).Sample((nodeProps, relProps) =>
        {
            var doc = new GraphNode(GraphIds.Document(GraphIds.Hash("random")), NodeLabel.Document, nodeProps.Where(p => p.Key != "id"));
            var statement = new GraphNode(GraphIds.Statement(doc.Id, 1), NodeLabel.Statement, nodeProps.Where(p => p.Key != "id"));
            var rel = new GraphRelationship(GraphIds.Relationship(RelationshipType.ReportedIn, statement.Id, doc.Id), RelationshipType.ReportedIn,
                NodeRef.To(statement), NodeRef.To(doc), relProps.Where(p => p.Key != "id"));
            using var graph = Spool(doc, [statement], [rel]);
            graph.Nodes().Select(GraphText.Describe).Should().Equal(GraphText.Describe(doc), GraphText.Describe(statement));
            graph.Relationships().Select(GraphText.Describe).Should().Equal(GraphText.Describe(rel));
        }, iter: 200);
    }
}
