using Graph.Evaluation.Gold;
using Graph.Model;
using static Graph.Evaluation.Tests.Gold;

namespace Graph.Evaluation.Tests;

/// <summary>Entity matching, the SAID matching, optional facts and micro-averaging, on graphs built in code.</summary>
public class EvaluationRunTests
{
    private static readonly GoldEntity Lavrov = Entity("Person", "Sergey Lavrov", "Lavrov", "Sergei Lavrov");

    [Fact]
    public void An_entity_matches_by_label_and_by_any_name_or_alias()
    {
        var gold = new GoldDocument { Entities = [Lavrov, Entity("Country", "Georgia"), Entity("Country", "Russia", "Moscow")] };
        var graph = new TestGraph()
            .Entity("p1", NodeLabel.Person, "Sergei Lavrov")          // a gold alias
            .Entity("p2", NodeLabel.Person, "Georgia")                // right name, wrong label
            .Entity("c1", NodeLabel.Country, "Kremlin", "the Moscow"); // its alias, normalised, is a gold alias

        var report = Score(gold, graph);

        report["Person"].Should().Match<TypeScore>(s => s.Gold == 1 && s.Found == 1 && s.Predicted == 2 && s.Correct == 1);
        report["Country"].Should().Match<TypeScore>(s => s.Gold == 2 && s.Found == 1 && s.Predicted == 1 && s.Correct == 1);
        report.Misses.Should().Equal("?: missed Country Georgia", "?: extra Person ['georgia']");
    }

    [Fact]
    public void A_paragraph_sized_statement_does_not_earn_two_hits()
    {
        var gold = new GoldDocument
        {
            Entities = [Lavrov],
            Relations = [Said("Sergey Lavrov", "against new division lines"), Said("Sergey Lavrov", "state of Palestine")],
        };
        var graph = new TestGraph()
            .Entity("p1", NodeLabel.Person, "Lavrov")
            .Statement("s1", "We are against new division lines. We back the state of Palestine.")
            .Said("p1", "s1");

        var said = Score(gold, graph)["SAID"];

        said.Found.Should().Be(1, "one statement stands for one gold statement");
        said.Correct.Should().Be(1, "the statement itself is right");
        said.Recall.Should().Be(0.5);
        said.Precision.Should().Be(1.0);
    }

    [Fact]
    public void Two_statements_earn_one_hit_each()
    {
        var gold = new GoldDocument
        {
            Entities = [Lavrov],
            Relations = [Said("Sergey Lavrov", "against new division lines"), Said("Sergey Lavrov", "state of Palestine")],
        };
        var graph = new TestGraph()
            .Entity("p1", NodeLabel.Person, "Lavrov")
            .Statement("s1", "We are against new division lines.")
            .Statement("s2", "We back the state of Palestine.")
            .Said("p1", "s1")
            .Said("p1", "s2");

        Score(gold, graph)["SAID"].Should().Match<TypeScore>(s => s.Found == 2 && s.Correct == 2 && s.F1 == 1.0);
    }

    [Fact]
    public void Statements_of_another_speaker_do_not_count()
    {
        var gold = new GoldDocument
        {
            Entities = [Lavrov, Entity("Person", "Shah Mahmood Qureshi", "Qureshi")],
            Relations = [Said("Sergey Lavrov", "against new division lines")],
        };
        var graph = new TestGraph()
            .Entity("p1", NodeLabel.Person, "Lavrov")
            .Entity("p2", NodeLabel.Person, "Qureshi")
            .Statement("s1", "We are against new division lines.")
            .Said("p2", "s1");

        Score(gold, graph)["SAID"].Should().Match<TypeScore>(s => s.Found == 0 && s.Correct == 0 && s.Predicted == 1);
    }

    [Fact]
    public void Optional_entities_and_relations_are_neither_misses_nor_false_positives()
    {
        var gold = new GoldDocument
        {
            Entities = [Lavrov],
            OptionalEntities = [Entity("Organization", "ASEAN"), Entity("Project", "Stream Gas Pipeline")],
            OptionalRelations =
            [
                Said("Sergey Lavrov", "forty six percent increase"),
                Said("Sergey Lavrov", "mutually beneficial"),
                Stance("SUPPORTS", ["Sergey Lavrov"], ["ASEAN"]),
                Stance("COMMITTED_TO", ["Sergey Lavrov"], ["Stream Gas Pipeline"]),
            ],
        };
        var graph = new TestGraph()
            .Entity("p1", NodeLabel.Person, "Lavrov")
            .Entity("o1", NodeLabel.Organization, "ASEAN")
            .Statement("s1", "Trade saw a forty six percent increase.")
            .Said("p1", "s1")
            .Edge(RelationshipType.Supports, "p1", "o1");

        var report = Score(gold, graph);

        report.Entities.Should().Match<TypeScore>(s => s.Gold == 1 && s.Found == 1 && s.Predicted == 2 && s.Correct == 2);
        report["SAID"].Should().Match<TypeScore>(s => s.Gold == 0 && s.Predicted == 1 && s.Correct == 1);
        report["SUPPORTS"].Should().Match<TypeScore>(s => s.Gold == 0 && s.Predicted == 1 && s.Correct == 1);
        report["COMMITTED_TO"].Gold.Should().Be(0);
        report.Misses.Should().BeEmpty("nothing optional is a miss, and what was found matches optional gold");
    }

    [Fact]
    public void Stance_edges_match_any_listed_subject_and_object_and_a_repeated_edge_counts_once()
    {
        var gold = new GoldDocument
        {
            Entities = [Lavrov, Entity("Country", "Russia"), Entity("Organization", "ASEAN")],
            Relations = [Stance("SUPPORTS", ["Russia", "Sergey Lavrov"], ["ASEAN"])],
        };
        var graph = new TestGraph()
            .Entity("p1", NodeLabel.Person, "Lavrov")
            .Entity("o1", NodeLabel.Organization, "ASEAN")
            .Edge(RelationshipType.Supports, "p1", "o1")
            .Edge(RelationshipType.Supports, "p1", "o1");

        Score(gold, graph)["SUPPORTS"].Should().Match<TypeScore>(s => s.Found == 1 && s.Predicted == 1 && s.Correct == 1);
    }

    [Fact]
    public void Scores_are_micro_averaged_over_documents()
    {
        var run = new EvaluationRun();
        run.Add(new GoldDocument { Entities = [Lavrov] }, new TestGraph().Entity("p1", NodeLabel.Person, "Lavrov").Nodes, []);
        var three = new GoldDocument { Entities = [Entity("Person", "Ann Lee"), Entity("Person", "Bo Chen"), Entity("Person", "Cy Diaz")] };
        run.Add(three, new TestGraph().Entity("p1", NodeLabel.Person, "Dan Eko").Nodes, []);

        var report = run.Report();

        report.DocumentCount.Should().Be(2);
        report["Person"].Recall.Should().Be(0.25, "1 of 4 gold people, not the mean of 1/1 and 0/3");
        report["Person"].Precision.Should().Be(0.5);
        report.Entities.Should().Match<TypeScore>(s => s.Gold == 4 && s.Found == 1 && s.Predicted == 2 && s.Correct == 1);
    }

    [Fact]
    public void Scores_of_nothing_are_zero_not_undefined()
    {
        var report = new EvaluationRun().Report();

        report.EntityTypes.Concat(report.RelationTypes).Append(report.Entities).Append(report.Relations)
            .Should().AllSatisfy(s => (s.Precision, s.Recall, s.F1).Should().Be((0.0, 0.0, 0.0)));
        report.EntityTypes.Select(s => s.Type).Should().Equal("Person", "Country", "Organization", "Project", "Conflict");
        report.RelationTypes.Select(s => s.Type).Should().Equal("SAID", "SUPPORTS", "COMMITTED_TO");
    }

    private static EvaluationReport Score(GoldDocument gold, TestGraph graph)
    {
        var run = new EvaluationRun();
        run.Add(gold, graph.Nodes, graph.Relationships);
        return run.Report();
    }
}
