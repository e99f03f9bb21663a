using System.Text;

namespace Graph.Rdf;

/// <summary>
/// A user's text as a SPARQL string literal: the quote, the backslash and the control characters SPARQL has escapes
/// for (ECHAR) escaped, so no value can end the literal or the query it is put in.
/// </summary>
public static class SparqlLiteral
{
    /// <summary>The text between double quotes, escaped.</summary>
    public static string Quote(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\b' => "\\b",
                '\f' => "\\f",
                _ => c.ToString(),
            });
        }
        return sb.Append('"').ToString();
    }
}
