namespace Graph.Documents;

/// <summary>A span of a document's text set aside from the body, with offsets into the original text.</summary>
/// <param name="Kind">What the span is.</param>
/// <param name="Start">Offset of the first character (UTF-16 code units into <see cref="SourceDocument.Text"/>).</param>
/// <param name="End">Offset one past the last character.</param>
public readonly record struct TextRegion(RegionKind Kind, int Start, int End)
{
    /// <summary>Length of the span.</summary>
    public int Length => End - Start;
}
