namespace Graph.Evaluation.Scoring;

/// <summary>
/// Pairs required gold SAID facts with system statements so that one statement stands for one gold statement
/// only: lumping a paragraph into one statement must not earn several hits. A maximum bipartite matching by
/// augmenting paths (Kuhn's algorithm), visiting gold facts and statements in the same order as score.py, so
/// that when several maximum matchings exist the same one is chosen.
/// </summary>
internal sealed class StatementMatcher(int goldCount, int statementCount, Func<int, int, bool> canMatch)
{
    // owner[statement] = the gold fact it currently stands for, or -1.
    private readonly int[] _owner = Enumerable.Repeat(-1, statementCount).ToArray();

    /// <summary>Runs the matching; returns, for each gold fact, whether some statement stands for it.</summary>
    public bool[] Match()
    {
        for (var gold = 0; gold < goldCount; gold++)
        {
            Augment(gold, new bool[statementCount]);
        }
        var matched = new bool[goldCount];
        foreach (var gold in _owner)
        {
            if (gold >= 0) matched[gold] = true;
        }
        return matched;
    }

    /// <summary>Finds a statement for <paramref name="gold"/>, moving earlier gold facts to other statements if need be.</summary>
    private bool Augment(int gold, bool[] seen)
    {
        for (var statement = 0; statement < statementCount; statement++)
        {
            if (seen[statement] || !canMatch(gold, statement)) continue;
            seen[statement] = true;
            if (_owner[statement] < 0 || Augment(_owner[statement], seen))
            {
                _owner[statement] = gold;
                return true;
            }
        }
        return false;
    }
}
