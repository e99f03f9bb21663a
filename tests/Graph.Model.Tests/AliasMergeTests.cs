namespace Graph.Model.Tests;

/// <summary>The same project or conflict named differently by different documents is one node.</summary>
public class AliasMergeTests
{
    private static GraphNode Doc(string seed) => new(GraphIds.Document(GraphIds.Hash(seed)), NodeLabel.Document, [new("title", seed)]);

    private static GraphNode Project(string name, params string[] aliases) =>
        new(GraphIds.Project(name), NodeLabel.Project, [new("name", name), new("aliases", aliases)]);

    private static DocumentGraph Mentioning(GraphNode doc, params GraphNode[] entities) =>
        new(doc, entities, [], entities.Select(p => new GraphRelationship(GraphIds.Relationship(RelationshipType.Mentions, doc.Id, p.Id), RelationshipType.Mentions,
            NodeRef.To(doc), NodeRef.To(p), [new("count", 1L)])).ToArray());

    [Fact]
    public void Projects_sharing_an_alias_merge_whatever_the_order()
    {
        string Run(bool reversed)
        {
            using var builder = new GraphBuilder();
            var graphs = new[]
            {
                Mentioning(Doc("a"), Project("Stream Gas Pipeline", "Stream Gas Pipeline project")),
                Mentioning(Doc("b"), Project("Pakistan Stream Gas Pipeline", "Pakistan Stream", "Stream Gas Pipeline")),
                Mentioning(Doc("c"), Project("North-South Gas Pipeline", "Pakistan Stream")),
            };
            foreach (var g in reversed ? graphs.Reverse() : graphs) builder.Add(g);
            using var graph = builder.Build();
            var projects = graph.Nodes().Where(n => n.Label == NodeLabel.Project).ToList();
            projects.Should().ContainSingle("all three share a name with another");
            graph.Relationships().Select(r => r.End.Id).Distinct().Should().Equal(projects[0].Id);
            return GraphText.Describe(projects[0]);
        }

        Run(reversed: true).Should().Be(Run(reversed: false));
    }

    [Fact]
    public void Projects_with_no_name_in_common_stay_apart()
    {
        using var builder = new GraphBuilder();
        builder.Add(Mentioning(Doc("a"), Project("Baltic Link 2 pipeline")));
        builder.Add(Mentioning(Doc("b"), Project("Baltic Link 3 pipeline")));

        using var graph = builder.Build();

        graph.Nodes().Count(n => n.Label == NodeLabel.Project).Should().Be(2);
    }
}
