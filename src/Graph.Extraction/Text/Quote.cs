namespace Graph.Extraction.Text;

/// <summary>A quotation in the text: where its marks are and where its words are.</summary>
/// <param name="Open">Offset of the opening mark.</param>
/// <param name="ContentStart">Offset of the first character inside the marks.</param>
/// <param name="ContentEnd">Offset one past the last character inside the marks.</param>
/// <param name="Close">Offset one past the closing mark (equal to <paramref name="ContentEnd"/> when unclosed).</param>
/// <param name="IsClosed">False when the paragraph ended before a closing mark.</param>
public readonly record struct Quote(int Open, int ContentStart, int ContentEnd, int Close, bool IsClosed);
