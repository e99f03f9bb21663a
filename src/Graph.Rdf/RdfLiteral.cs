using System.Globalization;

namespace Graph.Rdf;

/// <summary>
/// A literal: its lexical form and either a datatype IRI or a language tag (then the datatype is rdf:langString).
/// Plain strings are <c>xsd:string</c>, written without <c>^^</c> as RDF 1.1 allows (a simple literal is an xsd:string).
/// </summary>
public sealed record RdfLiteral : RdfTerm
{
    /// <summary>Creates a typed literal.</summary>
    public RdfLiteral(string lexical, string datatype)
    {
        Lexical = lexical ?? throw new ArgumentNullException(nameof(lexical));
        Datatype = datatype ?? throw new ArgumentNullException(nameof(datatype));
    }

    private RdfLiteral(string lexical, string datatype, string language) : this(lexical, datatype) => Language = language;

    /// <summary>The lexical form.</summary>
    public string Lexical { get; }

    /// <summary>The datatype IRI.</summary>
    public string Datatype { get; }

    /// <summary>The language tag (BCP 47, checked against the N-Triples LANGTAG rule), or null.</summary>
    public string? Language { get; }

    /// <summary>An <c>xsd:string</c> literal.</summary>
    public static RdfLiteral String(string value) => new(value, RdfVocabulary.XsdString);

    /// <summary>A language-tagged string; throws when the tag does not match LANGTAG <c>[a-zA-Z]+ ('-' [a-zA-Z0-9]+)*</c>.</summary>
    public static RdfLiteral LanguageString(string value, string language)
    {
        if (!IsLangTag(language)) throw new ArgumentException($"'{language}' is not a language tag (LANGTAG)", nameof(language));
        return new(value, RdfVocabulary.RdfLangString, language);
    }

    /// <summary>An <c>xsd:integer</c>.</summary>
    public static RdfLiteral Integer(long value) => new(value.ToString(CultureInfo.InvariantCulture), RdfVocabulary.XsdInteger);

    /// <summary>An <c>xsd:double</c> in its canonical form (XSD 1.1 §3.3.5.2: <c>7.0E-1</c>).</summary>
    public static RdfLiteral Double(double value) => new(RdfLexical.CanonicalDouble(value), RdfVocabulary.XsdDouble);

    /// <summary>An <c>xsd:boolean</c>.</summary>
    public static RdfLiteral Boolean(bool value) => new(value ? "true" : "false", RdfVocabulary.XsdBoolean);

    /// <summary>An <c>xsd:date</c> (<c>yyyy-MM-dd</c>).</summary>
    public static RdfLiteral Date(DateOnly value) => new(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), RdfVocabulary.XsdDate);

    /// <summary>An <c>xsd:dateTime</c> in UTC (<c>yyyy-MM-ddTHH:mm:ss.fffffffZ</c>, trailing zero fractions dropped).</summary>
    public static RdfLiteral DateTime(DateTimeOffset value) =>
        new(value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture), RdfVocabulary.XsdDateTime);

    /// <summary>Whether <paramref name="tag"/> matches LANGTAG.</summary>
    public static bool IsLangTag(string tag)
    {
        if (string.IsNullOrEmpty(tag)) return false;
        var parts = tag.Split('-');
        if (parts[0].Length == 0 || !parts[0].All(char.IsAsciiLetter)) return false;
        return parts.Skip(1).All(p => p.Length > 0 && p.All(char.IsAsciiLetterOrDigit));
    }

    internal int CompareLiteral(RdfLiteral other)
    {
        var c = string.CompareOrdinal(Lexical, other.Lexical);
        if (c != 0) return c;
        c = string.CompareOrdinal(Datatype, other.Datatype);
        return c != 0 ? c : string.CompareOrdinal(Language, other.Language);
    }
}
