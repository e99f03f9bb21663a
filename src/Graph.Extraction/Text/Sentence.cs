namespace Graph.Extraction.Text;

/// <summary>A sentence of the body, with offsets in the document text and its paragraph.</summary>
/// <param name="Index">Zero-based position among the document's sentences.</param>
/// <param name="Paragraph">Zero-based paragraph the sentence belongs to.</param>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset one past the last character.</param>
public readonly record struct Sentence(int Index, int Paragraph, int Start, int End);
