using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using static Graph.Documents.Tests.Reading;

namespace Graph.Documents.Tests;

/// <summary>PDF files (made here with PdfPig's writer) and Word files (made with the Open XML SDK) read as articles.</summary>
public sealed class PdfAndWordReadingTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>A PDF with each paragraph's lines written at the given positions (x, top y), one list per page.</summary>
    private static byte[] Pdf(string? title, params (double X, double Y, string[] Lines)[][] pages)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        if (title is not null) builder.DocumentInformation.Title = title;
        foreach (var blocks in pages)
        {
            var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
            foreach (var (x, y, lines) in blocks)
            {
                for (var i = 0; i < lines.Length; i++) page.AddText(lines[i], 10, new PdfPoint(x, y - i * 13), font);
            }
        }
        return builder.Build();
    }

    [Fact]
    public async Task A_pdf_gives_its_paragraphs_in_reading_order_with_hyphenated_words_mended()
    {
        var pdf = Pdf("Ferry talks resume",
            [
                (60, 760, ["LISBON, May 3 - Portuguese Foreign Minister Ana Duarte said on", "Friday that talks on the Atlantic Ferry Link would resume next", "month."]),
                (60, 700, ["Spain's transport minister, Luis Ortega, said his govern-", "ment remained committed to the project."]),
            ],
            [
                (60, 760, ["Officials in both capitals said a deal could be signed in June."]),
            ]);
        var path = _folder.WriteBytes("brief.pdf", pdf);

        var result = (await ReadAllAsync(path)).Should().ContainSingle().Which;

        result.Issues.Should().BeEmpty();
        var doc = result.Document!;
        doc.Text.Should().Be(
            "LISBON, May 3 - Portuguese Foreign Minister Ana Duarte said on Friday that talks on the Atlantic Ferry Link would resume next month.\n\n" +
            "Spain's transport minister, Luis Ortega, said his government remained committed to the project.\n\n" +
            "Officials in both capitals said a deal could be signed in June.");
        doc.Title.Should().Be("Ferry talks resume");
    }

    [Fact]
    public async Task A_pdf_in_two_columns_is_read_column_after_column()
    {
        var pdf = Pdf(null,
            [
                (50, 760, ["First column opens here and", "goes on in the left column."]),
                (50, 700, ["The left column ends here."]),
                (320, 760, ["Second column opens here on", "the right of the page."]),
            ]);
        var path = _folder.WriteBytes("columns.pdf", pdf);

        var doc = (await ReadAllAsync(path)).Should().ContainSingle().Which.Document!;

        doc.Text.IndexOf("The left column ends", StringComparison.Ordinal).Should().BeLessThan(doc.Text.IndexOf("Second column", StringComparison.Ordinal));
        doc.Text.Should().Contain("First column opens here and goes on in the left column.");
    }

    [Fact]
    public async Task A_pdf_named_as_text_is_read_as_a_pdf_never_as_its_bytes()
    {
        var pdf = Pdf(null, [(60, 760, ["Minister Ana Duarte said the bridge would open in May."])]);
        var path = _folder.WriteBytes("saved.txt", pdf);

        var doc = (await ReadAllAsync(path)).Should().ContainSingle().Which.Document!;

        doc.Text.Should().Be("Minister Ana Duarte said the bridge would open in May.");
    }

    [Fact]
    public async Task A_pdf_of_pages_without_text_is_named_as_scanned_and_skipped_and_the_rest_is_read()
    {
        var scan = _folder.WriteBytes("in/scan.pdf", Pdf(null, [], []));
        _folder.Write("in/note.txt", "Minister Ana Duarte said the bridge would open in May.");

        var results = await ReadAllAsync(_folder.File("in"));

        results.Should().HaveCount(2);
        var skipped = results.Single(r => r.Source == "in/scan.pdf");
        skipped.Document.Should().BeNull();
        skipped.Issues.Should().ContainSingle().Which.Message.Should().Contain("2 page(s) without text (scanned images?); skipped");
        results.Should().ContainSingle(r => r.Document != null);
    }

    [Fact]
    public async Task An_encrypted_pdf_is_named_and_skipped()
    {
        var path = _folder.WriteBytes("locked.pdf", EncryptedPdf());

        var result = (await ReadAllAsync(path)).Should().ContainSingle().Which;

        result.Document.Should().BeNull();
        result.Issues.Should().ContainSingle().Which.Message.Should().Be("an encrypted PDF that needs a password; skipped");
    }

    [Fact]
    public async Task A_damaged_pdf_is_named_and_skipped()
    {
        var path = _folder.Write("broken.pdf", "%PDF-1.4\nthis is not the rest of a PDF\n");

        var result = (await ReadAllAsync(path)).Should().ContainSingle().Which;

        result.Document.Should().BeNull();
        result.Issues.Should().ContainSingle().Which.IsFatal.Should().BeTrue();
        result.Issues[0].Message.Should().NotContain("%PDF").And.EndWith("skipped");
    }

    /// <summary>
    /// A one-page PDF whose trailer names a standard security handler (RC4, revision 2) with a user password that is not
    /// empty: a reader must ask for the password.
    /// </summary>
    private static byte[] EncryptedPdf()
    {
        var o = new string('A', 32);
        var u = new string('B', 32);
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
            "<< /Length 8 >>\nstream\n\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\nendstream",
            $"<< /Filter /Standard /V 1 /R 2 /O ({o}) /U ({u}) /P -44 >>",
        };
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(i + 1).Append(" 0 obj\n").Append(objects[i]).Append("\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append("xref\n0 ").Append(objects.Length + 1).Append("\n0000000000 65535 f \n");
        foreach (var offset in offsets) pdf.Append(offset.ToString("D10", System.Globalization.CultureInfo.InvariantCulture)).Append(" 00000 n \n");
        pdf.Append("trailer\n<< /Size ").Append(objects.Length + 1).Append(" /Root 1 0 R /Encrypt 5 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>] >>\n");
        pdf.Append("startxref\n").Append(xref).Append("\n%%EOF\n");
        return Encoding.Latin1.GetBytes(pdf.ToString());
    }

    private static byte[] Docx(Action<Body> fill, string? titleProperty = null)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body());
            fill(main.Document.Body!);
            if (titleProperty is not null) document.PackageProperties.Title = titleProperty;
        }
        return stream.ToArray();
    }

    private static Paragraph Para(string? style, params OpenXmlElement[] runContent)
    {
        var paragraph = new Paragraph();
        if (style is not null) paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        paragraph.Append(new Run(runContent));
        return paragraph;
    }

    [Fact]
    public async Task A_word_file_gives_its_title_and_paragraphs_in_order_with_table_cells()
    {
        var docx = Docx(body =>
        {
            body.Append(Para("Title", new Text("Grain corridor extended")));
            body.Append(Para(null, new Text("ANKARA, July 2 - Turkish Foreign Minister Deniz Aksoy said on Monday that"), new Text(" Ankara welcomed the extension") { Space = SpaceProcessingModeValues.Preserve }, new Text(" of the Black Sea grain corridor.") { Space = SpaceProcessingModeValues.Preserve }));
            body.Append(Para(null));
            body.Append(Para(null, new Text("Ukraine's envoy said"), new TabChar(), new Text("his country remained committed to the deal.")));
            body.Append(new Table(new TableRow(new TableCell(Para(null, new Text("Ships cleared in June: 40"))))));
        });
        var path = _folder.WriteBytes("memo.docx", docx);

        var result = (await ReadAllAsync(path)).Should().ContainSingle().Which;

        result.Issues.Should().BeEmpty();
        var doc = result.Document!;
        doc.Title.Should().Be("Grain corridor extended");
        doc.Text.Should().Be(
            "ANKARA, July 2 - Turkish Foreign Minister Deniz Aksoy said on Monday that Ankara welcomed the extension of the Black Sea grain corridor.\n\n" +
            "Ukraine's envoy said his country remained committed to the deal.\n\n" +
            "Ships cleared in June: 40");
    }

    [Fact]
    public async Task A_word_file_without_a_title_paragraph_takes_the_title_property()
    {
        var docx = Docx(body => body.Append(Para(null, new Text("Minister Ana Duarte said the bridge would open in May."))), titleProperty: "Bridge opening");
        var path = _folder.WriteBytes("note.docx", docx);

        var doc = (await ReadAllAsync(path)).Should().ContainSingle().Which.Document!;

        doc.Title.Should().Be("Bridge opening");
        doc.Text.Should().Be("Minister Ana Duarte said the bridge would open in May.");
    }

    [Fact]
    public async Task A_zip_archive_that_is_not_a_word_file_is_named_and_skipped()
    {
        using var zipStream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(zipStream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = new StreamWriter(zip.CreateEntry("notes.txt").Open());
            entry.Write("not a document");
        }
        var path = _folder.WriteBytes("archive.txt", zipStream.ToArray());

        var result = (await ReadAllAsync(path)).Should().ContainSingle().Which;

        result.Document.Should().BeNull();
        result.Issues.Should().ContainSingle().Which.Message.Should().Be("a ZIP archive that is not a Word (.docx) document; skipped");
    }
}
