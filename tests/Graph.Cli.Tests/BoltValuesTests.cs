using Graph.Bolt.Values;
using Graph.Cli.Neo4j;
using Graph.Import.Neo4j;
using Graph.Neo4j.Database;

namespace Graph.Cli.Tests;

public class BoltValuesTests
{
    private static BoltNode Node(long id, string name) => new(id, ["Country", "Entity"], new Dictionary<string, object?> { ["name"] = name }, $"4:db:{id}");

    [Fact]
    public void A_path_is_walked_in_order_with_each_relationship_pointing_its_own_way()
    {
        // Japan -[:SUPPORTS]-> Kenya <-[:MENTIONS]- doc: the second relationship is crossed backwards (index -2).
        var path = new BoltPath(
            [Node(1, "Japan"), Node(2, "Kenya"), new BoltNode(3, ["Document"], new Dictionary<string, object?>(), "4:db:3")],
            [new BoltUnboundRelationship(10, "SUPPORTS", new Dictionary<string, object?>(), "5:db:10"), new BoltUnboundRelationship(11, "MENTIONS", new Dictionary<string, object?>(), "5:db:11")],
            [1, 1, -2, 2]);

        var converted = (CypherPath)BoltValues.Convert(path)!;

        converted.Nodes.Select(n => n.ElementId).Should().Equal("4:db:1", "4:db:2", "4:db:3");
        converted.Relationships.Select(r => (r.Type, r.StartElementId, r.EndElementId)).Should().Equal(
            ("SUPPORTS", "4:db:1", "4:db:2"),
            ("MENTIONS", "4:db:3", "4:db:2"));
    }

    [Fact]
    public void Dates_lists_and_maps_are_converted_inside_out()
    {
        var value = new Dictionary<string, object?> { ["dates"] = new List<object?> { BoltDate.FromDateOnly(new DateOnly(2021, 4, 7)) }, ["n"] = 1L };

        var converted = (IReadOnlyDictionary<string, object?>)BoltValues.Convert(value)!;

        ((IReadOnlyList<object?>)converted["dates"]!)[0].Should().Be(new DateOnly(2021, 4, 7));
        converted["n"].Should().Be(1L);
    }
}
