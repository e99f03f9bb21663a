using System.Text;
using CsCheck;
using static Graph.Documents.Tests.Reading;

namespace Graph.Documents.Tests;

/// <summary>
/// Whatever a file holds, the reader accounts for it: every JSON Lines record becomes a document or a named problem,
/// nothing throws, and every text handed on is valid UTF-16.
/// </summary>
public sealed class ReaderFuzzTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>Lines of JSON-ish bytes: braces, quotes, escapes (half surrogate pairs among them), invalid UTF-8, NULs.</summary>
    private static readonly Gen<string> Fragment = Gen.OneOfConst(
        "{", "}", "\"text\":", "\"title\":", "\"date\":\"2021-02-30\"", "\"", ",", ":", "\\", "\\u", "\\ud83d", "\\ude00", "\\n",
        "Ana Holm said", " the pact ", "null", "[1,2]", "\u00e9", "\U0001F600", "\t", " ");

    private static readonly Gen<byte[]> Line = Gen.Frequency(
        (4, Fragment.Array[0, 30].Select(parts => Encoding.UTF8.GetBytes(string.Concat(parts)))),
        (1, Gen.Byte.Array[0, 60].Select(bytes => bytes.Where(b => b != (byte)'\n').ToArray())));

    [Fact]
    public async Task Any_json_lines_file_gives_a_document_or_a_named_problem_for_every_record()
    {
        var file = 0;
        await Line.Array[1, 12].SampleAsync(async lines =>
        {
            var bytes = lines.SelectMany(l => l.Append((byte)'\n')).ToArray();
            var path = _folder.WriteBytes($"feed{file++}.jsonl", bytes);

            var results = await ReadAllAsync(path);

            var records = lines.Count(l => l.Any(b => b is not ((byte)' ' or (byte)'\t' or (byte)'\r')) && !IsBomOnly(l));
            results.Should().OnlyContain(r => r.Document != null || r.Issues.Any(i => i.IsFatal));
            if (records > 0) results.Should().HaveCount(records);
            results.Where(r => r.Document != null).Should().OnlyContain(r => !Utf16.HasLoneSurrogate(r.Document!.Text) && (r.Document.Title == null || !Utf16.HasLoneSurrogate(r.Document.Title)));
        }, iter: 300);
    }

    [Fact]
    public async Task Any_bytes_in_a_text_file_give_a_document_or_one_named_problem()
    {
        var file = 0;
        await Gen.Byte.Array[0, 400].SampleAsync(async bytes =>
        {
            var path = _folder.WriteBytes($"page{file++}.txt", bytes);

            var results = await ReadAllAsync(path);

            results.Should().ContainSingle();
            var result = results[0];
            (result.Document != null || result.Issues.Any(i => i.IsFatal)).Should().BeTrue();
            if (result.Document != null) Utf16.HasLoneSurrogate(result.Document.Text).Should().BeFalse();
        }, iter: 300);
    }

    /// <summary>Markup fragments: elements furniture is made of, unclosed tags, entities good and bad, scripts, JSON-LD.</summary>
    private static readonly Gen<string> Markup = Gen.OneOfConst(
        "<html>", "<body>", "<article>", "</article>", "<p>", "</p>", "<div class=\"share-bar\">", "</div>", "<nav>", "<script>", "</script>",
        "<script type=\"application/ld+json\">", "{\"@type\":\"NewsArticle\",\"articleBody\":\"", "\"}", "<br>", "&amp;", "&#xD83D;", "&bogus;",
        "<a href=\"x\">", "</a>", "Minister Ana Holm said", " the pact ", "<!--", "-->", "<meta property=\"og:title\" content=\"", "\">", "\u00e9", "<");

    [Fact]
    public async Task Any_markup_in_an_html_file_gives_a_document_or_one_named_problem()
    {
        var file = 0;
        await Markup.Array[0, 40].SampleAsync(async parts =>
        {
            var path = _folder.Write($"page{file++}.html", string.Concat(parts));

            var results = await ReadAllAsync(path);

            var result = results.Should().ContainSingle().Which;
            (result.Document != null || result.Issues.Any(i => i.IsFatal)).Should().BeTrue();
            if (result.Document != null)
            {
                Utf16.HasLoneSurrogate(result.Document.Text).Should().BeFalse();
                result.Document.Text.Should().NotContain("<script").And.NotContain("<p>");
            }
        }, iter: 300);
    }

    [Fact]
    public async Task Any_bytes_after_a_pdf_header_give_a_document_or_one_named_problem()
    {
        var file = 0;
        var body = Gen.Frequency(
            (1, Gen.Byte.Array[0, 300]),
            (2, Gen.OneOfConst("1 0 obj", "<< /Type /Catalog /Pages 2 0 R >>", "endobj", "stream\n", "endstream", "xref\n0 3\n", "trailer <<", " /Root 1 0 R", ">>", "startxref\n9\n", "%%EOF", "(", ")", "[", "]")
                .Array[0, 30].Select(parts => Encoding.Latin1.GetBytes(string.Join("\n", parts)))));
        await body.SampleAsync(async bytes =>
        {
            var path = _folder.WriteBytes($"doc{file++}.pdf", [.. "%PDF-1.7\n"u8.ToArray(), .. bytes]);

            var results = await ReadAllAsync(path);

            var result = results.Should().ContainSingle().Which;
            (result.Document != null || result.Issues.Any(i => i.IsFatal)).Should().BeTrue();
        }, iter: 200);
    }

    private static bool IsBomOnly(byte[] line) => line.SequenceEqual(new byte[] { 0xEF, 0xBB, 0xBF });
}
