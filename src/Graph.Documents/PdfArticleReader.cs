using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.DocumentLayoutAnalysis;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.ReadingOrderDetector;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;
using UglyToad.PdfPig.Exceptions;

namespace Graph.Documents;

/// <summary>
/// The text of a PDF: page by page, each page's text blocks in reading order (columns read one after the other), each
/// block a paragraph with its lines joined and words broken at a line's end mended. A PDF that needs a password, or
/// whose pages are images without text (a scan), holds no text to read and says so.
/// </summary>
public static class PdfArticleReader
{
    /// <summary>True when the bytes open as a PDF file does (<c>%PDF-</c>, after at most a little leading junk).</summary>
    public static bool IsPdf(ReadOnlySpan<byte> bytes) => bytes[..Math.Min(bytes.Length, 1024)].IndexOf("%PDF-"u8) >= 0;

    /// <summary>Reads a PDF file's bytes.</summary>
    public static ArticleContent Read(byte[] pdf)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        PdfDocument document;
        try
        {
            document = PdfDocument.Open(pdf);
        }
        catch (PdfDocumentEncryptedException)
        {
            return ArticleContent.Unreadable("an encrypted PDF that needs a password; skipped");
        }
        catch (PdfDocumentFormatException e)
        {
            return ArticleContent.Unreadable($"not a readable PDF ({e.Message.TrimEnd('.')}); skipped");
        }
        using (document)
        {
            var paragraphs = new List<string>();
            var letters = 0;
            foreach (var page in document.GetPages())
            {
                letters += page.Letters.Count;
                var words = NearestNeighbourWordExtractor.Instance.GetWords(page.Letters).ToList();
                if (words.Count == 0) continue;
                var blocks = DocstrumBoundingBoxes.Instance.GetBlocks(words);
                foreach (var block in UnsupervisedReadingOrderDetector.Instance.Get(blocks))
                {
                    if (Paragraph(block) is { Length: > 0 } paragraph) paragraphs.Add(paragraph);
                }
            }
            if (letters == 0)
            {
                return ArticleContent.Unreadable(document.NumberOfPages == 0
                    ? "a PDF without pages; skipped"
                    : $"a PDF of {document.NumberOfPages} page(s) without text (scanned images?); skipped, as nothing here reads images");
            }
            if (paragraphs.Count == 0) return ArticleContent.Unreadable("no text found in this PDF; skipped");
            return new ArticleContent(string.Join("\n\n", paragraphs), TitleOf(document.Information.Title));
        }
    }

    /// <summary>A block's lines as one paragraph; a word hyphenated across a line break ("inter-" "national") made whole.</summary>
    private static string Paragraph(TextBlock block)
    {
        var text = new StringBuilder();
        foreach (var line in block.TextLines)
        {
            var words = string.Join(' ', line.Words.Select(w => w.Text)).Trim();
            if (words.Length == 0) continue;
            if (text.Length > 0)
            {
                if (text[^1] == '-' && text.Length > 1 && char.IsLetter(text[^2]) && char.IsLower(words[0])) text.Length--;
                else text.Append(' ');
            }
            text.Append(words);
        }
        return text.ToString();
    }

    /// <summary>The document's title, unless it is a file name a word processor left there ("Microsoft Word - brief.docx").</summary>
    private static string? TitleOf(string? title)
    {
        if (string.IsNullOrWhiteSpace(title)) return null;
        title = title.Trim();
        var extension = Path.GetExtension(title).ToLowerInvariant();
        if (extension is ".doc" or ".docx" or ".pdf" or ".odt" or ".rtf" or ".txt" or ".indd" or ".tex") return null;
        return title.StartsWith("Microsoft Word - ", StringComparison.Ordinal) ? null : title;
    }
}
