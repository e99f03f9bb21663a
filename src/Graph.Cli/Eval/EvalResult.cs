using Graph.Evaluation;

namespace Graph.Cli.Eval;

/// <summary>What an evaluation did: the scores, and what could not be scored.</summary>
public sealed record EvalResult
{
    /// <summary>Scores micro-averaged over the documents that had a gold file.</summary>
    public required EvaluationReport Report { get; init; }

    /// <summary>Inputs that could not be read, gold files that could not be parsed, documents whose extraction failed.</summary>
    public int Failures { get; init; }

    /// <summary>Documents read that have no gold file (not scored).</summary>
    public int WithoutGold { get; init; }

    /// <summary>Gold files that no input document matched.</summary>
    public int UnmatchedGold { get; init; }
}
