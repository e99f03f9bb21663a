using Graph.Evaluation.Gold;
using Graph.Evaluation.Reporting;

namespace Graph.Evaluation.Tests;

/// <summary>
/// Specs/Scoring.md: every example's expected output was printed by shared/tools/score.py for the same gold
/// files and exports; the port must print the same, character for character.
/// </summary>
public class ScoringSpecTests
{
    [Theory]
    [MemberData(nameof(ScoringSpecReader.Examples), MemberType = typeof(ScoringSpecReader))]
    public void The_table_and_the_misses_are_those_of_score_py(ScoringSpec spec)
    {
        var report = Score(spec);

        ScoreTableWriter.Format(report, verbose: true).Should().Be(spec.Expect);
    }

    [Theory]
    [MemberData(nameof(ScoringSpecReader.Examples), MemberType = typeof(ScoringSpecReader))]
    public void The_json_is_that_of_score_py(ScoringSpec spec)
    {
        var report = Score(spec);

        ScoreJsonWriter.Format(report).Should().Be(spec.Json);
    }

    private static EvaluationReport Score(ScoringSpec spec)
    {
        var run = new EvaluationRun();
        foreach (var (gold, export) in spec.Documents)
        {
            var (nodes, relationships) = ExportReader.Read(export);
            run.Add(GoldDocument.Parse(gold), nodes, relationships);
        }
        return run.Report();
    }
}
