namespace Graph.Extraction.Gazetteers;

/// <summary>
/// A row of <c>stance-predicates.tsv</c>: a predicate's lemma with the fixed words of its frame ("reaffirm
/// commitment to"), its word class, what it says (<see cref="StanceClass"/>), every inflected form of its
/// first word, and the CAMEO code it was taken from.
/// </summary>
/// <param name="Phrase">Lower-case lemma and frame words, as in the table.</param>
/// <param name="Kind">Word class of the first word.</param>
/// <param name="Class">Support, commitment, opposition or negation.</param>
/// <param name="Forms">Inflected forms of the first word, lemma first.</param>
/// <param name="Cameo">CAMEO event codes the row comes from ("051|052"), empty when from elsewhere.</param>
public sealed record StancePredicateEntry(string Phrase, StancePredicateKind Kind, StanceClass Class, IReadOnlyList<string> Forms, string Cameo)
{
    /// <summary>The words of the frame after the first one ("commitment", "to" for "reaffirm commitment to").</summary>
    public string[] FrameWords { get; } = Phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..];

    /// <summary>Whether the frame ends in "to" and so may lead into an infinitive ("pledged to build").</summary>
    public bool TakesInfinitive => FrameWords.Length > 0 && FrameWords[^1] == "to";

    /// <summary>
    /// Whether the row gives material aid: a verb all of whose CAMEO codes are material cooperation or aid (060-061,
    /// 070-073: fund, finance, contribute to, provide aid to), not also praise or support (05x) or protection (074).
    /// Computed once per row.
    /// </summary>
    public bool GivesMaterialAid { get; } = Kind == StancePredicateKind.Verb && Cameo.Length > 0
        && Cameo.Split('|').All(c => c is "060" or "061" or "070" or "071" or "072" or "073");
}
