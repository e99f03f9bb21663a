namespace Graph.Extraction.Speech;

/// <summary>A statement attributed to a person of the document, or to a source that names no person.</summary>
/// <param name="SpeakerKey">The speaker's key in the document's person registry; empty when <paramref name="Source"/> is set.</param>
/// <param name="Start">Offset of the statement's text.</param>
/// <param name="End">Offset one past it.</param>
/// <param name="Sentence">Index of the sentence holding the attribution.</param>
/// <param name="EvidenceStart">Offset of the whole evidence (attribution and statement).</param>
/// <param name="EvidenceEnd">Offset one past it.</param>
/// <param name="IsDirect">True for a quotation, false for reported speech.</param>
/// <param name="Verb">The speech verb as written ("said", "according to").</param>
/// <param name="Rule">The rule that found it.</param>
/// <param name="Confidence">The rule's confidence.</param>
/// <param name="Source">The words that name an unnamed source ("one banking source", "the ministry", "the report"), else null.</param>
public sealed record StatementCandidate(
    string SpeakerKey, int Start, int End, int Sentence, int EvidenceStart, int EvidenceEnd,
    bool IsDirect, string Verb, string Rule, double Confidence, string? Source = null);
