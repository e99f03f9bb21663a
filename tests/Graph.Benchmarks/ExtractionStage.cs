namespace Graph.Benchmarks;

/// <summary>The stages of extraction, in the order the default pipeline runs them (see <see cref="ExtractionStagesBenchmark"/>).</summary>
public enum ExtractionStage
{
    /// <summary>Countries, capitals, demonyms and gazetteer organisations: one pass of the phrase matcher.</summary>
    Gazetteer,

    /// <summary>Plus the recogniser of organisations.</summary>
    Organizations,

    /// <summary>Plus the recogniser of projects.</summary>
    Projects,

    /// <summary>Plus the recogniser of conflicts.</summary>
    Conflicts,

    /// <summary>Plus the recogniser of people.</summary>
    People,

    /// <summary>Plus reference resolution (pronouns, "the pact", "the two sides").</summary>
    References,

    /// <summary>Plus speech (statements and their speakers).</summary>
    Speech,

    /// <summary>Plus stances: the clause reader and the SUPPORTS and COMMITTED_TO rules (the whole pipeline).</summary>
    Stances,
}
