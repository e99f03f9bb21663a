namespace Graph.Model;

/// <summary>Where a fact came from: the document, the sentence, the character span, the evidence and the rule.</summary>
/// <param name="DocumentId">Id of the document node.</param>
/// <param name="Sentence">Zero-based index of the sentence in the document.</param>
/// <param name="Start">Offset of the evidence in the document's decoded text (UTF-16 code units).</param>
/// <param name="End">Offset one past the evidence.</param>
/// <param name="Evidence">The evidence text, copied from the document.</param>
/// <param name="Rule">Id of the rule that produced the fact, for debugging rules.</param>
/// <param name="Confidence">The rule's confidence, 0 to 1.</param>
public sealed record Provenance(string DocumentId, int Sentence, int Start, int End, string Evidence, string Rule, double Confidence)
{
    /// <summary>The provenance as relationship properties.</summary>
    public IEnumerable<KeyValuePair<string, object>> ToProperties()
    {
        yield return new("documentId", DocumentId);
        yield return new("sentence", (long)Sentence);
        yield return new("start", (long)Start);
        yield return new("end", (long)End);
        yield return new("evidence", Evidence);
        yield return new("rule", Rule);
        yield return new("confidence", Confidence);
    }
}
