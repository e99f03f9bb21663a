using System.Text.Json;
using Graph.Evaluation.Gold;
using Graph.Evaluation.Reporting;
using Graph.Model;

namespace Graph.Evaluation.Tests;

/// <summary>The shape of the --json output: score.py's keys, in its order, with its number formats.</summary>
public class ScoreJsonWriterTests
{
    private static EvaluationReport Report()
    {
        var gold = new GoldDocument
        {
            Document = "x.txt",
            Entities = [Gold.Entity("Person", "Sergey Lavrov", "Lavrov"), Gold.Entity("Country", "Russia"), Gold.Entity("Country", "Georgia")],
            Relations = [Gold.Said("Sergey Lavrov", "division lines")],
        };
        var graph = new TestGraph()
            .Entity("p1", NodeLabel.Person, "Lavrov")
            .Entity("c1", NodeLabel.Country, "Russia")
            .Entity("c2", NodeLabel.Country, "Ukraine")
            .Statement("s1", "No new \"division lines\".")
            .Said("p1", "s1");
        var run = new EvaluationRun();
        run.Add(gold, graph.Nodes, graph.Relationships);
        return run.Report();
    }

    [Fact]
    public void Every_type_has_p_r_f1_gold_pred_and_every_group_p_r_f1_in_the_order_of_the_table()
    {
        using var json = JsonDocument.Parse(ScoreJsonWriter.Format(Report()));
        var root = json.RootElement;

        root.EnumerateObject().Select(p => p.Name).Should().Equal(
            "Person", "Country", "Organization", "Project", "Conflict", "entities", "SAID", "SUPPORTS", "COMMITTED_TO", "relations");
        foreach (var type in ScoredTypes.Entities.Concat(ScoredTypes.Relations))
        {
            root.GetProperty(type).EnumerateObject().Select(p => p.Name).Should().Equal("p", "r", "f1", "gold", "pred");
        }
        root.GetProperty("entities").EnumerateObject().Select(p => p.Name).Should().Equal("p", "r", "f1");
        root.GetProperty("relations").EnumerateObject().Select(p => p.Name).Should().Equal("p", "r", "f1");
        root.GetProperty("Country").GetProperty("p").GetDouble().Should().Be(0.5);
        root.GetProperty("Country").GetProperty("gold").GetInt32().Should().Be(2);
        root.GetProperty("entities").GetProperty("f1").GetDouble().Should().Be(0.667);
    }

    [Fact]
    public void Numbers_are_written_as_Python_writes_them()
    {
        var text = ScoreJsonWriter.Format(Report());

        text.Should().StartWith("""{"Person": {"p": 1.0, "r": 1.0, "f1": 1.0, "gold": 1, "pred": 1}, "Country": {"p": 0.5, "r": 0.5, "f1": 0.5, "gold": 2, "pred": 2}""");
        text.Should().Contain("""
            "entities": {"p": 0.667, "r": 0.667, "f1": 0.667}
            """).And.EndWith("""
            "relations": {"p": 1.0, "r": 1.0, "f1": 1.0}}
            """);
        text.Should().NotContain("misses");
    }

    [Fact]
    public void Misses_are_a_last_key_only_when_asked_for()
    {
        using var json = JsonDocument.Parse(ScoreJsonWriter.Format(Report(), includeMisses: true));

        json.RootElement.EnumerateObject().Last().Name.Should().Be("misses");
        json.RootElement.GetProperty("misses").EnumerateArray().Select(m => m.GetString()).Should().Equal(
            "x.txt: missed Country Georgia", "x.txt: extra Country ['ukraine']");
    }

    [Fact]
    public void The_table_has_the_layout_of_score_py()
    {
        var lines = ScoreTableWriter.Format(Report()).Split('\n');

        lines[0].Should().Be("type                P      R     F1  gold  pred");
        lines[2].Should().Be("Country         0.500  0.500  0.500     2     2");
        lines[6].Should().Be("ENTITIES        0.667  0.667  0.667");
        lines[10].Should().Be("RELATIONS       1.000  1.000  1.000");
        lines.Should().HaveCount(12, "ten lines, each ending in a newline");
    }
}
