using CsCheck;

namespace Graph.Model.Tests;

public class PropertyMergerTests
{
    private static GraphNode Person(params (string Key, object Value)[] props) =>
        new("person/sergey-lavrov", NodeLabel.Person, props.Select(p => new KeyValuePair<string, object>(p.Key, p.Value)));

    [Fact]
    public void The_fuller_name_wins_whatever_the_order_and_the_other_becomes_an_alias()
    {
        var shortName = Person(("name", "Lavrov"), ("aliases", new[] { "Mr Lavrov" }));
        var fullName = Person(("name", "Sergey Lavrov"));

        foreach (var merged in new[] { PropertyMerger.Merge(shortName, fullName), PropertyMerger.Merge(fullName, shortName) })
        {
            merged.Name.Should().Be("Sergey Lavrov");
            merged.Aliases.Should().Equal("Lavrov", "Mr Lavrov");
        }
    }

    [Theory]
    [InlineData("Mehmood Qureshi", "Mahmood Qureshi", "Mahmood Qureshi")]   // same words and length: ordinal order decides
    [InlineData("Qureshi", "S. M. Qureshi", "S. M. Qureshi")]               // more words
    [InlineData("Shah Qureshi", "Shah Mahmood", "Shah Mahmood")]            // same words: longer
    public void Name_choice_is_a_fixed_rule(string a, string b, string expected)
    {
        PropertyMerger.Merge(Person(("name", a)), Person(("name", b))).Name.Should().Be(expected);
        PropertyMerger.Merge(Person(("name", b)), Person(("name", a))).Name.Should().Be(expected);
        PropertyMerger.Merge(Person(("name", a)), Person(("name", b))).Aliases.Should().Equal(expected == a ? b : a);
    }

    [Fact]
    public void Lists_become_sorted_unions_without_duplicates()
    {
        var a = Person(("roles", new[] { "Foreign Minister", "Spokesman" }));
        var b = Person(("roles", new[] { "Ambassador", "Foreign Minister" }));

        PropertyMerger.Merge(a, b).Properties["roles"].Should().BeEquivalentTo(new[] { "Ambassador", "Foreign Minister", "Spokesman" }, o => o.WithStrictOrdering());
        PropertyMerger.Merge(b, a).Properties["roles"].Should().BeEquivalentTo(new[] { "Ambassador", "Foreign Minister", "Spokesman" }, o => o.WithStrictOrdering());
    }

    [Fact]
    public void Other_values_keep_the_smallest_and_keys_from_either_side_are_kept()
    {
        var a = Person(("firstSeen", new DateOnly(2021, 4, 7)), ("iso2", "RU"));
        var b = Person(("firstSeen", new DateOnly(2019, 12, 31)), ("verified", true));

        var merged = PropertyMerger.Merge(a, b);

        merged.Properties["firstSeen"].Should().Be(new DateOnly(2019, 12, 31));
        merged.Properties["iso2"].Should().Be("RU");
        merged.Properties["verified"].Should().Be(true);
        GraphText.Describe(PropertyMerger.Merge(b, a)).Should().Be(GraphText.Describe(merged));
    }

    [Fact]
    public void Nodes_with_different_ids_or_labels_are_not_merged()
    {
        var lavrov = Person(("name", "Sergey Lavrov"));
        var other = new GraphNode("person/sergei-lavrov", NodeLabel.Person, [new("name", "Sergei Lavrov")]);
        var sameIdOtherLabel = new GraphNode("person/sergey-lavrov", NodeLabel.Organization, []);

        FluentActions.Invoking(() => PropertyMerger.Merge(lavrov, other)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => PropertyMerger.Merge(lavrov, sameIdOtherLabel)).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Relationships_with_different_ids_or_types_are_not_merged()
    {
        var start = new NodeRef("person/sergey-lavrov", NodeLabel.Person);
        var end = new NodeRef("RUS", NodeLabel.Country);
        var id = GraphIds.Relationship(RelationshipType.Represents, start.Id, end.Id);
        var rel = new GraphRelationship(id, RelationshipType.Represents, start, end, [new("role", "Foreign Minister")]);
        var otherId = new GraphRelationship(GraphIds.Relationship(RelationshipType.Represents, start.Id, "PAK"), RelationshipType.Represents, start, new NodeRef("PAK", NodeLabel.Country), []);
        var otherType = new GraphRelationship(id, RelationshipType.Supports, start, end, []);

        FluentActions.Invoking(() => PropertyMerger.Merge(rel, otherId)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => PropertyMerger.Merge(rel, otherType)).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Relationship_properties_merge_by_the_same_rules()
    {
        var start = new NodeRef("person/sergey-lavrov", NodeLabel.Person);
        var end = new NodeRef("RUS", NodeLabel.Country);
        var id = GraphIds.Relationship(RelationshipType.Represents, start.Id, end.Id);
        var a = new GraphRelationship(id, RelationshipType.Represents, start, end, [new("role", "Minister"), new("documents", new[] { "doc/2" })]);
        var b = new GraphRelationship(id, RelationshipType.Represents, start, end, [new("role", "Foreign Minister"), new("documents", new[] { "doc/1" })]);

        var ab = PropertyMerger.Merge(a, b);

        ab.Properties["documents"].Should().BeEquivalentTo(new[] { "doc/1", "doc/2" }, o => o.WithStrictOrdering());
        ab.Properties["role"].Should().Be("Foreign Minister");
        GraphText.Describe(PropertyMerger.Merge(b, a)).Should().Be(GraphText.Describe(ab));
    }

    [Fact]
    public void Merging_is_commutative_property_by_property()
    {
        var version = ModelGen.NodeVersion("person/x", NodeLabel.Person, ModelGen.Value);
        Gen.Select(version, version).Sample((a, b) =>
            GraphText.Describe(PropertyMerger.Merge(a, b)).Should().Be(GraphText.Describe(PropertyMerger.Merge(b, a))),
            iter: 2000);
    }

    [Fact]
    public void Merging_is_commutative_even_when_values_of_different_types_print_alike()
    {
        // 1, 1.0, "1" and ["1"] have the same text form; the winner must still not depend on the order.
        var version = ModelGen.NodeVersion("person/x", NodeLabel.Person, ModelGen.CollidingValue);
        Gen.Select(version, version).Sample((a, b) =>
            GraphText.Describe(PropertyMerger.Merge(a, b)).Should().Be(GraphText.Describe(PropertyMerger.Merge(b, a))),
            iter: 2000);
    }

    [Fact]
    public void Merging_is_associative()
    {
        var version = ModelGen.NodeVersion("person/x", NodeLabel.Person, Gen.OneOf(ModelGen.Value, ModelGen.CollidingValue));
        Gen.Select(version, version, version).Sample((a, b, c) =>
            GraphText.Describe(PropertyMerger.Merge(PropertyMerger.Merge(a, b), c))
                .Should().Be(GraphText.Describe(PropertyMerger.Merge(a, PropertyMerger.Merge(b, c)))),
            iter: 2000);
    }
}
