namespace Graph.Model.Tests;

/// <summary>A surname alone in one document is the person named in full in another, when that is unambiguous.</summary>
public class SurnameMergeTests
{
    private static GraphNode Doc(string seed) => new(GraphIds.Document(GraphIds.Hash(seed)), NodeLabel.Document, [new("title", seed)]);

    private static GraphNode Person(string name, params string[] aliases) =>
        new(GraphIds.Person(name), NodeLabel.Person, [new("name", name), new("aliases", aliases)]);

    private static DocumentGraph Mentioning(GraphNode doc, params GraphNode[] people) =>
        new(doc, people, [], people.Select(p => new GraphRelationship(GraphIds.Relationship(RelationshipType.Mentions, doc.Id, p.Id), RelationshipType.Mentions,
            NodeRef.To(doc), NodeRef.To(p), [new("count", 1L)])).ToArray());

    [Fact]
    public void A_surname_alone_merges_into_the_only_full_name_with_that_surname()
    {
        using var builder = new GraphBuilder();
        var d1 = Doc("one");
        var d2 = Doc("two");
        builder.Add(Mentioning(d1, Person("Reagan")));
        builder.Add(Mentioning(d2, Person("Ronald Reagan", "President Reagan")));

        using var graph = builder.Build();

        var people = graph.Nodes().Where(n => n.Label == NodeLabel.Person).ToList();
        people.Should().ContainSingle().Which.Name.Should().Be("Ronald Reagan");
        people[0].Aliases.Should().Contain("Reagan");
        graph.NodeCounts[NodeLabel.Person].Should().Be(1);
        graph.Relationships().Where(r => r.Type == RelationshipType.Mentions).Select(r => r.End.Id)
            .Should().Equal(people[0].Id, people[0].Id);
    }

    [Fact]
    public void A_surname_shared_by_two_people_stays_apart()
    {
        using var builder = new GraphBuilder();
        builder.Add(Mentioning(Doc("one"), Person("Baker")));
        builder.Add(Mentioning(Doc("two"), Person("Howard Baker"), Person("James Baker")));

        using var graph = builder.Build();

        graph.Nodes().Where(n => n.Label == NodeLabel.Person).Select(n => n.Name).Should().BeEquivalentTo(["Baker", "Howard Baker", "James Baker"]);
    }

    [Fact]
    public void The_merge_does_not_depend_on_the_order_of_documents()
    {
        string Run(bool reversed)
        {
            using var builder = new GraphBuilder();
            var graphs = new[] { Mentioning(Doc("one"), Person("Reagan")), Mentioning(Doc("two"), Person("Ronald Reagan")) };
            foreach (var g in reversed ? graphs.Reverse() : graphs) builder.Add(g);
            using var graph = builder.Build();
            return string.Join("\n", graph.Nodes().Where(n => n.Label.IsEntity()).Select(GraphText.Describe));
        }

        Run(reversed: true).Should().Be(Run(reversed: false));
    }
}
