using System.Security.Cryptography;
using System.Buffers;
using System.Text;
using Graph.Model;

namespace Graph.Documents;

/// <summary>Makes a <see cref="SourceDocument"/> from decoded text: layout analysis and the content-derived id.</summary>
public static class DocumentFactory
{
    /// <summary>Creates a document; metadata given by the input (JSON Lines) wins over what the text shows.</summary>
    public static SourceDocument Create(string source, string text, string? url = null, string? title = null, DateOnly? date = null)
    {
        var sha = HashNormalised(text);
        var layout = LayoutAnalyzer.Analyze(text);
        return new SourceDocument(GraphIds.Document(sha), sha, source, text, layout, url, title, date) { OtherLanguage = LanguageGuesser.NotEnglish(text) };
    }

    /// <summary>
    /// The text a document's id is computed from: line endings unified and trailing white space dropped, so
    /// the same article saved on Windows and on Linux, or with a final newline or without, is one document.
    /// </summary>
    public static string NormaliseForHash(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        foreach (var line in text.ReplaceLineEndings("\n").Split('\n'))
        {
            sb.Append(line.TrimEnd()).Append('\n');
        }
        // NFC: "Zoë" typed precomposed or decomposed is the same article.
        return sb.ToString().TrimEnd('\n').Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// The SHA-256 (lower-case hex) of <see cref="NormaliseForHash"/>'s text, computed line by line without building it:
    /// for a text of tens of megabytes the normalised copy, its lines and its UTF-8 bytes would cost several times the
    /// text. Lines are separated by the same characters as <see cref="string.ReplaceLineEndings()"/>, and NFC never
    /// joins characters across a line break, so normalising each line gives the text's normal form.
    /// </summary>
    public static string HashNormalised(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var bytes = ArrayPool<byte>.Shared.Rent(4096);
        try
        {
            var pendingBreaks = 0;
            foreach (var raw in text.AsSpan().EnumerateLines())
            {
                var line = raw.TrimEnd();
                if (line.IsEmpty)
                {
                    // Trailing blank lines are dropped, so a break is written only when a line with words follows it.
                    pendingBreaks++;
                    continue;
                }
                for (; pendingBreaks > 0; pendingBreaks--) hash.AppendData("\n"u8);
                ReadOnlySpan<char> normal = Ascii.IsValid(line) ? line : line.ToString().Normalize(NormalizationForm.FormC);
                var needed = Encoding.UTF8.GetMaxByteCount(normal.Length);
                if (needed > bytes.Length)
                {
                    ArrayPool<byte>.Shared.Return(bytes);
                    bytes = ArrayPool<byte>.Shared.Rent(needed);
                }
                hash.AppendData(bytes, 0, Encoding.UTF8.GetBytes(normal, bytes));
                pendingBreaks = 1;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
