using Graph.Model;

namespace Graph.Extraction.Recognition;

/// <summary>A stretch of text that refers to an entity.</summary>
/// <param name="Start">Offset of the first character in the document text.</param>
/// <param name="End">Offset one past the last character.</param>
/// <param name="Sentence">Index of the sentence.</param>
/// <param name="Label">The entity's label.</param>
/// <param name="Key">The entity within the document: an ISO code, an organisation key, or a person's registry key.</param>
/// <param name="Surface">The text as written.</param>
/// <param name="Kind">How the text refers to the entity.</param>
/// <param name="Rule">Which recogniser found it.</param>
public sealed record Mention(int Start, int End, int Sentence, NodeLabel Label, string Key, string Surface, MentionKind Kind, string Rule);
