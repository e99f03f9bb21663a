namespace Graph.Evaluation.Tests;

/// <summary>One example of Specs/Scoring.md: gold files and exports in pairs, and what score.py printed for them.</summary>
public sealed record ScoringSpec(string Name, IReadOnlyList<(string Gold, string Export)> Documents, string Expect, string Json)
{
    // xunit shows this in the test name.
    public override string ToString() => Name;
}
