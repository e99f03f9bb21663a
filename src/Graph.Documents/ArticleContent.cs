namespace Graph.Documents;

/// <summary>
/// What a reader of a formatted file (an HTML page, a PDF, a Word file) found: the article's text as paragraphs
/// separated by blank lines, which every offset in the graph then points into, and the metadata the file carried.
/// </summary>
/// <param name="Text">The article's text; null when the file holds none, with <paramref name="Problem"/> saying why.</param>
/// <param name="Title">The headline, when the file names one.</param>
/// <param name="Date">The publication date, when the file gives one.</param>
/// <param name="Url">The page's canonical URL, when it gives one.</param>
/// <param name="Problem">Why there is no text (encrypted, images only, no article found).</param>
public sealed record ArticleContent(string? Text, string? Title = null, DateOnly? Date = null, string? Url = null, string? Problem = null)
{
    /// <summary>A file that holds no text the reader can use, with the reason.</summary>
    public static ArticleContent Unreadable(string problem) => new(null, Problem: problem);
}
