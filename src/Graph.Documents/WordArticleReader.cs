using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Graph.Documents;

/// <summary>
/// The text of a Word file (<c>.docx</c>, Office Open XML): the body's paragraphs in document order, table cells each a
/// paragraph, tabs and line breaks as spaces; a first paragraph in the Title or Heading 1 style (else the file's title
/// property) is the title.
/// Headers, footers, comments and footnotes are not the article.
/// </summary>
public static class WordArticleReader
{
    /// <summary>The most characters read from one part of the file: some hundred times a long article.</summary>
    private const long MaxCharactersInPart = 64L << 20;

    /// <summary>True when the bytes open as a ZIP archive does, the container of every Office Open XML file.</summary>
    public static bool IsZip(ReadOnlySpan<byte> bytes) => bytes.StartsWith("PK\u0003\u0004"u8);

    /// <summary>Reads a <c>.docx</c> file's bytes.</summary>
    public static ArticleContent Read(byte[] docx)
    {
        ArgumentNullException.ThrowIfNull(docx);
        WordprocessingDocument document;
        try
        {
            // A bound on each part's size: a small .docx can unpack to gigabytes (a zip bomb).
            document = WordprocessingDocument.Open(new MemoryStream(docx, writable: false), isEditable: false,
                new OpenSettings { MaxCharactersInPart = MaxCharactersInPart });
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or IOException)
        {
            return ArticleContent.Unreadable("a ZIP archive that is not a Word (.docx) document; skipped");
        }
        catch (Exception e) when (e is System.Xml.XmlException or InvalidOperationException)
        {
            return ArticleContent.Unreadable($"a Word document that cannot be read ({e.Message.TrimEnd('.')}); skipped");
        }
        using (document)
        {
            if (document.MainDocumentPart is null) return ArticleContent.Unreadable("a ZIP archive that is not a Word (.docx) document; skipped");
            var body = document.MainDocumentPart.Document?.Body;
            if (body is null) return ArticleContent.Unreadable("a Word document without a body; skipped");
            string? title = null;
            var paragraphs = new List<string>();
            // Paragraphs in text boxes sit inside another paragraph (and again in its compatibility fallback): they are
            // read with it, once, not again on their own.
            foreach (var paragraph in body.Descendants<Paragraph>().Where(p => !p.Ancestors<Paragraph>().Any()))
            {
                var text = TextOf(paragraph);
                if (text.Length == 0) continue;
                if (title is null && paragraphs.Count == 0 && IsTitleStyle(paragraph))
                {
                    title = text;
                    continue;
                }
                paragraphs.Add(text);
            }
            title ??= document.PackageProperties.Title is { Length: > 0 } t ? t.Trim() : null;
            if (paragraphs.Count == 0) return ArticleContent.Unreadable("a Word document without text; skipped");
            return new ArticleContent(string.Join("\n\n", paragraphs), title);
        }
    }

    private static string TextOf(Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            // A text box's content comes twice: as drawing and as its fallback for older readers; the fallback is skipped.
            if (element.Ancestors<DocumentFormat.OpenXml.AlternateContentFallback>().Any()) continue;
            switch (element)
            {
                case Text t: text.Append(t.Text); break;
                case TabChar or Break or CarriageReturn: text.Append(' '); break;
                case NoBreakHyphen: text.Append('-'); break;
            }
        }
        // Runs of spaces from tabs and breaks are one space, as on the page.
        return string.Join(' ', text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    private static bool IsTitleStyle(Paragraph paragraph) =>
        paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value is { } style
        && (style.Equals("Title", StringComparison.OrdinalIgnoreCase) || style.Equals("Heading1", StringComparison.OrdinalIgnoreCase));
}
