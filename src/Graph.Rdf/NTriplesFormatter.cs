using System.Globalization;
using System.Text;

namespace Graph.Rdf;

/// <summary>
/// Turns one term into N-Triples text (RDF 1.1 N-Triples §2.3, §2.4; canonical form of RDF 1.2 N-Triples §4).
/// N-Quads, and the string and IRI syntax of Turtle and TriG, share these rules.
/// </summary>
public static class NTriplesFormatter
{
    /// <summary>A triple as one N-Triples line, with its trailing newline.</summary>
    public static string Triple(RdfTriple triple)
    {
        ArgumentNullException.ThrowIfNull(triple);
        return Iri(triple.Subject.Value) + " " + Iri(triple.Predicate.Value) + " " + Term(triple.Object) + " .\n";
    }

    /// <summary>A quad as one N-Quads line; the graph is left out for the default graph.</summary>
    public static string Quad(RdfTriple triple, RdfIri? graph)
    {
        ArgumentNullException.ThrowIfNull(triple);
        return graph is null
            ? Triple(triple)
            : Iri(triple.Subject.Value) + " " + Iri(triple.Predicate.Value) + " " + Term(triple.Object) + " " + Iri(graph.Value) + " .\n";
    }

    /// <summary>An IRI or literal.</summary>
    public static string Term(RdfTerm term) => term switch
    {
        RdfIri iri => Iri(iri.Value),
        RdfLiteral literal => Literal(literal),
        _ => throw new ArgumentException($"unsupported term {term}", nameof(term)),
    };

    /// <summary>
    /// An IRIREF: <c>'&lt;' ([^#x00-#x20&lt;&gt;"{}|^`\] | UCHAR)* '&gt;'</c>. The excluded characters are written as UCHAR
    /// (<c>\u0020</c>); minted data IRIs never contain them (they are percent-encoded), so this only guards foreign IRIs.
    /// </summary>
    public static string Iri(string iri)
    {
        ArgumentNullException.ThrowIfNull(iri);
        var sb = new StringBuilder(iri.Length + 2).Append('<');
        foreach (var c in iri)
        {
            if (c <= ' ' || c is '<' or '>' or '"' or '{' or '}' or '|' or '^' or '`' or '\\') AppendUchar(sb, c); // IRIREF: UCHAR
            else sb.Append(c);
        }
        return sb.Append('>').ToString();
    }

    /// <summary>A literal: the quoted string, then <c>@lang</c> or <c>^^&lt;datatype&gt;</c> (none for xsd:string).</summary>
    public static string Literal(RdfLiteral literal)
    {
        ArgumentNullException.ThrowIfNull(literal);
        var text = Quoted(literal.Lexical);
        if (literal.Language is not null) return text + "@" + literal.Language;
        return literal.Datatype == RdfVocabulary.XsdString ? text : text + "^^" + Iri(literal.Datatype);
    }

    /// <summary>
    /// STRING_LITERAL_QUOTE: <c>'"' ([^#x22#x5C#xA#xD] | ECHAR | UCHAR)* '"'</c>. ECHAR for <c>\t \b \n \r \f \" \\</c>;
    /// UCHAR for the other C0 controls and DEL, as canonical N-Triples does; everything else as UTF-8.
    /// A lone UTF-16 surrogate has no UTF-8 form and no valid UCHAR: it is written as U+FFFD.
    /// </summary>
    public static string Quoted(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var sb = new StringBuilder(value.Length + 2).Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                // ECHAR
                case '\t': sb.Append("\\t"); break;
                case '\b': sb.Append("\\b"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\f': sb.Append("\\f"); break;
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                default:
                    if (c < 0x20 || c == 0x7F) AppendUchar(sb, c); // UCHAR
                    else if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) { sb.Append(c).Append(value[i + 1]); i++; }
                    else if (char.IsSurrogate(c)) sb.Append('\uFFFD');
                    else sb.Append(c);
                    break;
            }
        }
        return sb.Append('"').ToString();
    }

    private static void AppendUchar(StringBuilder sb, char c) =>
        sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
}
