namespace Graph.Evaluation;

/// <summary>Precision, recall and F1 of one type (or of a group of types), with the counts they come from.</summary>
/// <param name="Type">The type (<c>Person</c>, <c>SAID</c>...) or the group (<c>entities</c>, <c>relations</c>).</param>
/// <param name="Precision">System items matching gold / system items; 0 when there are none.</param>
/// <param name="Recall">Required gold items found / required gold items; 0 when there are none.</param>
/// <param name="F1">The harmonic mean of precision and recall; 0 when both are 0.</param>
/// <param name="Gold">Required gold items.</param>
/// <param name="Predicted">System items.</param>
/// <param name="Found">Required gold items found.</param>
/// <param name="Correct">System items that match a required or optional gold item.</param>
public sealed record TypeScore(string Type, double Precision, double Recall, double F1, int Gold, int Predicted, int Found, int Correct)
{
    /// <summary>The score from its counts, computed exactly as score.py's <c>Tally.line</c> does.</summary>
    public static TypeScore FromCounts(string type, int found, int gold, int correct, int predicted)
    {
        var p = predicted != 0 ? (double)correct / predicted : 0.0;
        var r = gold != 0 ? (double)found / gold : 0.0;
        // Same operations in the same order as Python, so the doubles are bit for bit the same.
        var f = p + r != 0 ? 2 * p * r / (p + r) : 0.0;
        return new TypeScore(type, p, r, f, gold, predicted, found, correct);
    }
}
