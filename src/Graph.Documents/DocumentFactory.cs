using System.Text;
using Graph.Model;

namespace Graph.Documents;

/// <summary>Makes a <see cref="SourceDocument"/> from decoded text: layout analysis and the content-derived id.</summary>
public static class DocumentFactory
{
    /// <summary>Creates a document; metadata given by the input (JSON Lines) wins over what the text shows.</summary>
    public static SourceDocument Create(string source, string text, string? url = null, string? title = null, DateOnly? date = null)
    {
        var sha = GraphIds.Hash(NormaliseForHash(text));
        var layout = LayoutAnalyzer.Analyze(text);
        return new SourceDocument(GraphIds.Document(sha), sha, source, text, layout, url, title, date);
    }

    /// <summary>
    /// The text a document's id is computed from: line endings unified and trailing white space dropped, so
    /// the same article saved on Windows and on Linux, or with a final newline or without, is one document.
    /// </summary>
    public static string NormaliseForHash(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var line in text.ReplaceLineEndings("\n").Split('\n'))
        {
            sb.Append(line.TrimEnd()).Append('\n');
        }
        // NFC: "Zoë" typed precomposed or decomposed is the same article.
        return sb.ToString().TrimEnd('\n').Normalize(NormalizationForm.FormC);
    }
}
