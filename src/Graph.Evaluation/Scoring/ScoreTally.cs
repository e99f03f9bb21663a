namespace Graph.Evaluation.Scoring;

/// <summary>
/// score.py's <c>Tally</c>: four counters per type name, summed over every document scored (micro-averaging).
/// Keys are plain strings, as there: a gold type outside the five entity and three relation types is counted
/// under its own name and simply never printed.
/// </summary>
internal sealed class ScoreTally
{
    private readonly Dictionary<string, int> _recallHits = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _gold = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _precisionHits = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _predicted = new(StringComparer.Ordinal);

    /// <summary>Required gold items of the type that were found (<c>tp</c>).</summary>
    public int RecallHits(string type) => Get(_recallHits, type);

    /// <summary>Required gold items of the type (<c>gold</c>).</summary>
    public int Gold(string type) => Get(_gold, type);

    /// <summary>System items of the type that match a required or optional gold item (<c>ptp</c>).</summary>
    public int PrecisionHits(string type) => Get(_precisionHits, type);

    /// <summary>System items of the type (<c>pred</c>).</summary>
    public int Predicted(string type) => Get(_predicted, type);

    /// <summary>Counts one required gold item, found or not.</summary>
    public void CountGold(string type, bool found)
    {
        Increment(_gold, type);
        if (found) Increment(_recallHits, type);
    }

    /// <summary>Counts one system item, matching gold or not.</summary>
    public void CountPredicted(string type, bool correct)
    {
        Increment(_predicted, type);
        if (correct) Increment(_precisionHits, type);
    }

    private static int Get(Dictionary<string, int> counts, string type) => counts.GetValueOrDefault(type);

    private static void Increment(Dictionary<string, int> counts, string type) => counts[type] = counts.GetValueOrDefault(type) + 1;
}
