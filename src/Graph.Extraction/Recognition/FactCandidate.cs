using Graph.Model;

namespace Graph.Extraction.Recognition;

/// <summary>
/// A relationship between two entities of the document (SUPPORTS, COMMITTED_TO, INVOLVES, REPRESENTS),
/// with where it was found. Ends are (label, key) pairs as in <see cref="Mention"/>.
/// </summary>
/// <param name="Type">The relationship type.</param>
/// <param name="SubjectLabel">Label of the subject.</param>
/// <param name="SubjectKey">Key of the subject.</param>
/// <param name="ObjectLabel">Label of the object.</param>
/// <param name="ObjectKey">Key of the object.</param>
/// <param name="Sentence">Index of the sentence holding the evidence.</param>
/// <param name="Start">Offset of the evidence.</param>
/// <param name="End">Offset one past it.</param>
/// <param name="Rule">The rule that found it.</param>
/// <param name="Confidence">The rule's confidence.</param>
/// <param name="Properties">Further properties: the role of REPRESENTS, the person speaking for a country.</param>
public sealed record FactCandidate(
    RelationshipType Type,
    NodeLabel SubjectLabel, string SubjectKey,
    NodeLabel ObjectLabel, string ObjectKey,
    int Sentence, int Start, int End, string Rule, double Confidence,
    IReadOnlyList<KeyValuePair<string, object>> Properties);
