namespace Graph.Model.Tests;

/// <summary>The identity rules over the whole graph, with invented names (README, "Identity of entities").</summary>
public class IdentityResolverTests
{
    private static GraphNode Doc(string seed) => new(GraphIds.Document(GraphIds.Hash(seed)), NodeLabel.Document, [new("title", seed)]);

    private static GraphNode Person(string name, params string[] aliases) =>
        new(GraphIds.Person(name), NodeLabel.Person, [new("name", name), new("aliases", aliases)]);

    private static GraphNode Project(string name, params string[] aliases) =>
        new(GraphIds.Project(name), NodeLabel.Project, [new("name", name), new("aliases", aliases)]);

    private static GraphNode Country(string iso, string name) => new(GraphIds.Country(iso), NodeLabel.Country, [new("name", name), new("aliases", Array.Empty<string>())]);

    private static DocumentGraph Mentioning(string seed, params GraphNode[] entities)
    {
        var doc = Doc(seed);
        return new(doc, entities, [], entities.Select(p => new GraphRelationship(GraphIds.Relationship(RelationshipType.Mentions, doc.Id, p.Id), RelationshipType.Mentions,
            NodeRef.To(doc), NodeRef.To(p), [new("count", 1L)])).ToArray());
    }

    private static List<GraphNode> Entities(IdentityDecisions? decisions, params DocumentGraph[] graphs)
    {
        using var builder = new GraphBuilder(decisions);
        foreach (var g in graphs) builder.Add(g);
        using var graph = builder.Build();
        return graph.Nodes().Where(n => n.Label.IsEntity()).ToList();
    }

    [Fact]
    public void Transliterations_of_a_full_name_are_one_person()
    {
        var people = Entities(null, Mentioning("a", Person("Yelena Fedorova")), Mentioning("b", Person("Elena Fedorova")), Mentioning("c", Person("Sergei Orlov")), Mentioning("d", Person("Sergey Orlov")));
        people.Select(p => p.Name).Should().BeEquivalentTo(["Yelena Fedorova", "Sergei Orlov"]);
        people.Single(p => p.Name == "Yelena Fedorova").Aliases.Should().Contain("Elena Fedorova");
    }

    [Fact]
    public void A_surname_joins_the_full_name_that_ends_in_it_by_spelling_not_by_sound()
    {
        var people = Entities(null, Mentioning("a", Person("Ronald Reagan")), Mentioning("b", Person("Donald Regan")), Mentioning("c", Person("Reagan")), Mentioning("d", Person("Regan")));
        people.Select(p => p.Name).Should().BeEquivalentTo(["Ronald Reagan", "Donald Regan"]);
        people.Single(p => p.Name == "Donald Regan").Aliases.Should().Contain("Regan").And.NotContain("Reagan");
    }

    [Fact]
    public void A_surname_two_full_names_share_stays_apart_and_names_its_candidates()
    {
        var people = Entities(null, Mentioning("a", Person("Marta Kowal"), Person("Jan Kowal")), Mentioning("b", Person("Kowal")));
        var bare = people.Single(p => p.Name == "Kowal");
        bare.Properties["candidates"].Should().BeEquivalentTo(new[] { "Jan Kowal", "Marta Kowal" });
        people.Should().HaveCount(3);
    }

    [Fact]
    public void Works_that_differ_by_a_general_head_a_country_a_bracket_or_punctuation_are_one()
    {
        var pak = Country("PAK", "Pakistan");
        var projects = Entities(null,
            Mentioning("a", pak, Project("Pakistan Stream (North-South) Gas Pipeline")),
            Mentioning("b", Project("North South Gas Pipeline")),
            Mentioning("c", pak, Project("Pakistan-Stream Gas Pipeline project")),
            Mentioning("d", Project("Stream Gas Pipeline")))
            .Where(n => n.Label == NodeLabel.Project).ToList();
        projects.Should().ContainSingle();
        projects[0].Aliases.Should().Contain(["North South Gas Pipeline", "Stream Gas Pipeline"]);
    }

    [Fact]
    public void Descriptions_of_a_kind_never_join_works()
    {
        var projects = Entities(null,
            Mentioning("a", Project("Kenya gas pipeline", "gas pipeline")),
            Mentioning("b", Project("Ghana gas pipeline", "gas pipeline")),
            Mentioning("c", Project("Volta Dam project")),
            Mentioning("d", Project("Zambezi Dam project")))
            .Where(n => n.Label == NodeLabel.Project).ToList();
        projects.Should().HaveCount(4);
    }

    [Fact]
    public void A_merge_decision_joins_what_it_names_under_its_canonical_name()
    {
        var decisions = new IdentityDecisions([new MergeDecision("Amina Bello-Okafor", NodeLabel.Person, ["Amina Okafor", GraphIds.Person("Amina Bello")])], []);
        var people = Entities(decisions, Mentioning("a", Person("Amina Okafor")), Mentioning("b", Person("Amina Bello")), Mentioning("c", Person("Tomas Varga")));
        people.Select(p => p.Name).Should().BeEquivalentTo(["Amina Bello-Okafor", "Tomas Varga"]);
        people.Single(p => p.Name == "Amina Bello-Okafor").Aliases.Should().Contain(["Amina Okafor", "Amina Bello"]);
    }

    [Fact]
    public void A_split_decision_takes_a_form_away_and_stops_the_joins_through_it()
    {
        var decisions = new IdentityDecisions([], [new SplitDecision("Reagan", "Ronald Reagan"), new SplitDecision("Stream Gas Pipeline", "Pakistan Stream Gas Pipeline")]);
        var nodes = Entities(decisions,
            Mentioning("a", Person("Ronald Reagan", "Reagan")), Mentioning("b", Person("Reagan")),
            Mentioning("c", Project("Pakistan Stream Gas Pipeline", "Stream Gas Pipeline")), Mentioning("d", Project("Stream Gas Pipeline")));
        nodes.Where(n => n.Label == NodeLabel.Person).Select(p => p.Name).Should().BeEquivalentTo(["Ronald Reagan", "Reagan"]);
        nodes.Single(n => n.Name == "Ronald Reagan").Aliases.Should().NotContain("Reagan");
        nodes.Where(n => n.Label == NodeLabel.Project).Should().HaveCount(2);
    }

    [Fact]
    public void Identity_does_not_depend_on_the_order_of_documents()
    {
        var decisions = new IdentityDecisions([new MergeDecision("Amina Bello-Okafor", null, ["Amina Okafor", "Amina Bello"])], [new SplitDecision("Kowal", "Jan Kowal")]);
        var graphs = new[]
        {
            Mentioning("a", Person("Amina Okafor"), Person("Jan Kowal")), Mentioning("b", Person("Amina Bello"), Person("Kowal")),
            Mentioning("c", Project("Volta Dam project")), Mentioning("d", Project("Volta Dam"), Person("Ronald Reagan")), Mentioning("e", Person("Reagan")),
        };
        string Run(IEnumerable<DocumentGraph> order)
        {
            using var builder = new GraphBuilder(decisions);
            foreach (var g in order) builder.Add(g);
            using var graph = builder.Build();
            return string.Join("\n", graph.Nodes().Where(n => n.Label.IsEntity()).Select(GraphText.Describe))
                + string.Join("\n", graph.Relationships().Select(r => r.Id + r.End.Id).Order(StringComparer.Ordinal));
        }
        Run(graphs.Reverse()).Should().Be(Run(graphs));
        Run([graphs[2], graphs[0], graphs[4], graphs[1], graphs[3]]).Should().Be(Run(graphs));
    }
}
