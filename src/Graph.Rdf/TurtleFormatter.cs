using System.Text;
using System.Text.RegularExpressions;

namespace Graph.Rdf;

/// <summary>
/// Turns one term into Turtle/TriG text (RDF 1.1 Turtle §6.5): prefixed names where the local part is a valid
/// PN_LOCAL (without escapes), full IRIREFs otherwise; numbers and booleans in their short forms where the lexical
/// form matches INTEGER, DOUBLE or BooleanLiteral; strings with the N-Triples escapes (ECHAR, UCHAR).
/// </summary>
public sealed partial class TurtleFormatter
{
    private readonly KeyValuePair<string, string>[] _byLength;

    /// <summary>Creates a formatter for the given prefixes (prefix to namespace).</summary>
    public TurtleFormatter(IEnumerable<KeyValuePair<string, string>> prefixes)
    {
        ArgumentNullException.ThrowIfNull(prefixes);
        Prefixes = prefixes.OrderBy(p => p.Key, StringComparer.Ordinal).ToArray();
        // Longest namespace first, so <…/id/person/x> is person:x rather than a failed id:person/x.
        _byLength = Prefixes.OrderByDescending(p => p.Value.Length).ThenBy(p => p.Key, StringComparer.Ordinal).ToArray();
    }

    /// <summary>The prefixes, sorted by prefix.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Prefixes { get; }

    /// <summary>The vocabulary prefixes plus data prefixes under the base IRI (<c>person:</c>, <c>doc:</c>, <c>claim:</c>, …).</summary>
    public static TurtleFormatter ForData(RdfDataIris iris)
    {
        ArgumentNullException.ThrowIfNull(iris);
        var b = iris.Base;
        return new TurtleFormatter(RdfVocabulary.Prefixes.Concat(
        [
            new("id", b), new("person", b + "person/"), new("org", b + "org/"), new("project", b + "project/"),
            new("conflict", b + "conflict/"), new("doc", b + "doc/"), new("statement", b + "statement/"),
            new("claim", b + "claim/rel/"), new("graph", b + "graph/doc/"),
        ]));
    }

    /// <summary>The <c>@prefix</c> lines, sorted.</summary>
    public string PrefixLines()
    {
        var sb = new StringBuilder();
        foreach (var (prefix, ns) in Prefixes) sb.Append("@prefix ").Append(prefix).Append(": ").Append(NTriplesFormatter.Iri(ns)).Append(" .\n");
        return sb.ToString();
    }

    /// <summary>An IRI, as a prefixed name when PN_LOCAL allows, else an IRIREF.</summary>
    public string Iri(RdfIri iri)
    {
        ArgumentNullException.ThrowIfNull(iri);
        return Compact(iri.Value) ?? NTriplesFormatter.Iri(iri.Value);
    }

    /// <summary>A predicate: <c>a</c> for rdf:type, else as <see cref="Iri"/>.</summary>
    public string Predicate(RdfIri iri)
    {
        ArgumentNullException.ThrowIfNull(iri);
        return iri.Value == RdfVocabulary.RdfType ? "a" : Iri(iri);
    }

    /// <summary>An IRI or literal.</summary>
    public string Term(RdfTerm term) => term switch
    {
        RdfIri iri => Iri(iri),
        RdfLiteral literal => Literal(literal),
        _ => throw new ArgumentException($"unsupported term {term}", nameof(term)),
    };

    /// <summary>A literal: short forms for integers, doubles and booleans, else a quoted string with its tag or datatype.</summary>
    public string Literal(RdfLiteral literal)
    {
        ArgumentNullException.ThrowIfNull(literal);
        if (literal.Language is not null) return NTriplesFormatter.Quoted(literal.Lexical) + "@" + literal.Language;
        switch (literal.Datatype)
        {
            case RdfVocabulary.XsdString: return NTriplesFormatter.Quoted(literal.Lexical);
            case RdfVocabulary.XsdInteger when IntegerRule().IsMatch(literal.Lexical): return literal.Lexical;
            case RdfVocabulary.XsdDouble when DoubleRule().IsMatch(literal.Lexical): return literal.Lexical;
            case RdfVocabulary.XsdBoolean when literal.Lexical is "true" or "false": return literal.Lexical;
        }
        return NTriplesFormatter.Quoted(literal.Lexical) + "^^" + (Compact(literal.Datatype) ?? NTriplesFormatter.Iri(literal.Datatype));
    }

    /// <summary>The IRI as a prefixed name, or null.</summary>
    public string? Compact(string iri)
    {
        ArgumentNullException.ThrowIfNull(iri);
        foreach (var (prefix, ns) in _byLength)
        {
            if (iri.Length > ns.Length && iri.StartsWith(ns, StringComparison.Ordinal) && IsPnLocal(iri.AsSpan(ns.Length)))
                return prefix + ":" + iri[ns.Length..];
        }
        return null;
    }

    /// <summary>
    /// PN_LOCAL without PLX: <c>(PN_CHARS_U | [0-9]) ((PN_CHARS | '.')* PN_CHARS)?</c>. Colons, <c>%</c> escapes and
    /// backslash escapes are valid too but never used, so a prefixed name always reads back as the same IRI.
    /// </summary>
    public static bool IsPnLocal(ReadOnlySpan<char> local)
    {
        if (local.IsEmpty) return false;
        var first = true;
        var lastDot = false;
        foreach (var rune in local.EnumerateRunes())
        {
            var c = rune.Value;
            if (first)
            {
                if (!(IsPnCharsU(c) || c is >= '0' and <= '9')) return false;
                first = false;
                continue;
            }
            lastDot = c == '.';
            if (!lastDot && !IsPnChars(c)) return false;
        }
        return !lastDot;
    }

    private static bool IsPnCharsBase(int c) =>
        c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= 0xC0 and <= 0xD6 or >= 0xD8 and <= 0xF6 or >= 0xF8 and <= 0x2FF
            or >= 0x370 and <= 0x37D or >= 0x37F and <= 0x1FFF or >= 0x200C and <= 0x200D or >= 0x2070 and <= 0x218F
            or >= 0x2C00 and <= 0x2FEF or >= 0x3001 and <= 0xD7FF or >= 0xF900 and <= 0xFDCF or >= 0xFDF0 and <= 0xFFFD
            or >= 0x10000 and <= 0xEFFFF;

    private static bool IsPnCharsU(int c) => IsPnCharsBase(c) || c == '_';

    private static bool IsPnChars(int c) =>
        IsPnCharsU(c) || c is '-' or >= '0' and <= '9' or 0xB7 or >= 0x300 and <= 0x36F or >= 0x203F and <= 0x2040;

    [GeneratedRegex(@"^[+-]?[0-9]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex IntegerRule();

    [GeneratedRegex(@"^[+-]?([0-9]+\.[0-9]*[eE][+-]?[0-9]+|\.[0-9]+[eE][+-]?[0-9]+|[0-9]+[eE][+-]?[0-9]+)\z", RegexOptions.CultureInvariant)]
    private static partial Regex DoubleRule();
}
