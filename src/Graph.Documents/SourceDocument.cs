namespace Graph.Documents;

/// <summary>
/// One article as read: its full decoded text (all offsets point into it), what the reader recognised
/// about it (date, title, boilerplate regions), and a content-derived id.
/// </summary>
public sealed class SourceDocument
{
    /// <summary>Creates a document.</summary>
    public SourceDocument(string id, string sha256, string source, string text, DocumentLayout layout, string? url = null, string? title = null, DateOnly? date = null)
    {
        Id = id;
        Sha256 = sha256;
        Source = source;
        Text = text;
        Layout = layout;
        Url = url;
        Title = title ?? layout.Title;
        Date = date ?? layout.Date;
    }

    /// <summary>Content-derived id (see <see cref="Graph.Model.GraphIds.Document"/>).</summary>
    public string Id { get; }

    /// <summary>SHA-256 (hex) of the normalised text.</summary>
    public string Sha256 { get; }

    /// <summary>Where the document came from: a path, <c>path:line</c> for JSON Lines, or <c>-</c>.</summary>
    public string Source { get; }

    /// <summary>The decoded text, unchanged; every offset in the graph points into it.</summary>
    public string Text { get; }

    /// <summary>The boilerplate regions, date and title found in the text.</summary>
    public DocumentLayout Layout { get; }

    /// <summary>The article's URL, when the input gave one.</summary>
    public string? Url { get; }

    /// <summary>The title: from the input's metadata, else the headline.</summary>
    public string? Title { get; }

    /// <summary>Publication date: from the input's metadata, else the date marker.</summary>
    public DateOnly? Date { get; }

    /// <summary>
    /// The language the text looks like when it is not English (<c>"French"</c>), else null. Only English is read for
    /// facts, so such a document is imported without any, and named.
    /// </summary>
    public string? OtherLanguage { get; init; }

    /// <summary>The id the input gave the document (a JSON Lines record's <c>"id"</c>), if any; gold files are named by it.</summary>
    public string? ExternalId { get; internal set; }
}
