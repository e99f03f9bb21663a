using System.Globalization;

namespace Graph.Extraction.Pipeline;

/// <summary>
/// What one document may cost, whatever its text: texts copied into the graph are bounded spans of the document
/// (with their offsets), and the number of statements and facts a document yields is capped. Without these a
/// paragraph of unbalanced quotes after speech verbs makes every statement repeat the paragraph, and the output
/// and memory grow with the square of its length. The README's "Limits" section documents the values.
/// </summary>
public static class ExtractionLimits
{
    /// <summary>Most characters of evidence (the sentence behind a SAID, SUPPORTS or COMMITTED_TO edge).</summary>
    public const int MaxEvidenceLength = 600;

    /// <summary>Most characters of a statement's text; a longer quotation keeps its first words and its start offset.</summary>
    public const int MaxStatementLength = 2_000;

    /// <summary>
    /// Most statements one document (one section of a very long one, see <see cref="DocumentSections"/>) yields; the
    /// rest are dropped with a warning that names the document.
    /// </summary>
    public const int MaxStatementsPerDocument = 5_000;

    /// <summary>Most entity-to-entity facts (SUPPORTS, COMMITTED_TO, REPRESENTS...) one document (or section) yields.</summary>
    public const int MaxFactsPerDocument = 5_000;

    /// <summary>
    /// The part of [<paramref name="start"/>, <paramref name="end"/>) at most <paramref name="max"/> characters long
    /// that is centred on <paramref name="anchor"/> (where the statement meets its attribution, or where the fact's
    /// ends are), moved inside the span when the anchor is near its edge, and cut at spaces so that no word is split.
    /// </summary>
    public static (int Start, int End) Window(string text, int start, int end, int anchor, int max)
    {
        if (end - start <= max) return (start, end);
        anchor = Math.Clamp(anchor, start, end);
        var from = Math.Max(start, anchor - max / 2);
        var to = Math.Min(end, from + max);
        from = Math.Max(start, to - max);
        // Whole words only: a cut inside the span moves inward to the next space (within a word's length).
        if (from > start) from = WordStartAtOrAfter(text, from, to);
        if (to < end) to = WordEndAtOrBefore(text, to, from);
        return (NotInsidePair(text, from, +1), NotInsidePair(text, to, -1));
    }

    /// <summary>The first <paramref name="max"/> characters of the span at most, cut after a whole word.</summary>
    public static int BoundedEnd(string text, int start, int end, int max) =>
        end - start <= max ? end : NotInsidePair(text, WordEndAtOrBefore(text, start + max, start), -1);

    /// <summary>The warning for a document that found more of something than its limit lets through.</summary>
    public static string CutWarning(string what, int found, int limit) => string.Create(CultureInfo.InvariantCulture,
        $"{found:N0} {what} found, more than the limit of {limit:N0} per document; the first {limit:N0} kept");

    private const int LongestWord = 40;

    /// <summary>A cut never separates the two halves of a surrogate pair (that would write invalid text).</summary>
    private static int NotInsidePair(string text, int offset, int direction) =>
        offset > 0 && offset < text.Length && char.IsLowSurrogate(text[offset]) && char.IsHighSurrogate(text[offset - 1]) ? offset + direction : offset;

    private static int WordStartAtOrAfter(string text, int offset, int limit)
    {
        for (var i = offset; i < limit && i < offset + LongestWord; i++)
        {
            if (char.IsWhiteSpace(text[i - 1]) && !char.IsWhiteSpace(text[i])) return i;
        }
        return offset;
    }

    private static int WordEndAtOrBefore(string text, int offset, int limit)
    {
        for (var i = offset; i > limit && i > offset - LongestWord; i--)
        {
            if (char.IsWhiteSpace(text[i]) && !char.IsWhiteSpace(text[i - 1])) return i;
        }
        return offset;
    }
}
