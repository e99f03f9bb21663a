using Graph.Evaluation.Scoring;

namespace Graph.Evaluation.Tests;

/// <summary>The maximum bipartite matching between gold SAID facts and system statements.</summary>
public class StatementMatcherTests
{
    [Fact]
    public void One_statement_stands_for_one_gold_fact()
    {
        var matched = new StatementMatcher(2, 1, (_, _) => true).Match();

        matched.Should().Equal(true, false);
    }

    [Fact]
    public void An_augmenting_path_moves_an_earlier_gold_fact_to_another_statement()
    {
        // Statement 0 can stand for both facts, statement 1 only for fact 0. Greedy would give statement 0 to
        // fact 0 and leave fact 1 without one; the matching moves fact 0 to statement 1.
        bool[][] can = [[true, true], [true, false]];

        var matched = new StatementMatcher(2, 2, (g, s) => can[g][s]).Match();

        matched.Should().Equal(true, true);
    }

    [Fact]
    public void Facts_without_a_fitting_statement_stay_unmatched()
    {
        bool[][] can = [[false, false], [false, true], [false, true]];

        var matched = new StatementMatcher(3, 2, (g, s) => can[g][s]).Match();

        matched.Should().Equal(false, true, false);
    }
}
