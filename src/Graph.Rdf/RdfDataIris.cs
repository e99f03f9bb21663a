using System.Text;

namespace Graph.Rdf;

/// <summary>
/// Mints the IRIs of data: the base IRI plus a graph-model id (<c>https://graph.example.org/id/person/srg-lvrv</c>,
/// <c>…/id/RUS</c>, <c>…/id/doc/7ddff1bfa11593a3</c>). Claims are <c>&lt;base&gt;claim/&lt;rel id&gt;</c> and the named graph
/// of a document is <c>&lt;base&gt;graph/&lt;doc id&gt;</c>. Ids are percent-encoded (RFC 3987 §2.2): every character
/// outside <c>iunreserved</c> and <c>/</c> becomes <c>%XX</c> per UTF-8 byte, so a minted IRI is always valid.
/// </summary>
public sealed class RdfDataIris
{
    /// <summary>The default base for data IRIs. <c>graph.example.org</c> is a reserved example domain: set your own with <c>--base-iri</c>.</summary>
    public const string DefaultBase = "https://graph.example.org/id/";

    /// <summary>Creates the minting rules for <paramref name="baseIri"/>, which must be an absolute IRI ending in <c>/</c> or <c>#</c>.</summary>
    public RdfDataIris(string baseIri = DefaultBase)
    {
        var problem = Validate(baseIri);
        if (problem is not null) throw new ArgumentException(problem, nameof(baseIri));
        Base = baseIri;
    }

    /// <summary>The base IRI every data IRI starts with.</summary>
    public string Base { get; }

    /// <summary>The IRI of a node.</summary>
    public RdfIri Node(string id) => new(Base + EncodeId(id));

    /// <summary>The IRI of the claim resource that reifies a relationship.</summary>
    public RdfIri Claim(string relationshipId) => new(Base + "claim/" + EncodeId(relationshipId));

    /// <summary>The named graph holding one document's facts.</summary>
    public RdfIri DocumentGraph(string documentId) => new(Base + "graph/" + EncodeId(documentId));

    /// <summary>Null when <paramref name="baseIri"/> is usable as a base, else a message saying what is wrong.</summary>
    public static string? Validate(string? baseIri)
    {
        if (string.IsNullOrEmpty(baseIri)) return "the base IRI is empty";
        if (!Uri.TryCreate(baseIri, UriKind.Absolute, out var uri) || uri.Scheme.Length == 0)
            return $"'{baseIri}' is not an absolute IRI (e.g. {DefaultBase})";
        if (!baseIri.EndsWith('/') && !baseIri.EndsWith('#')) return $"the base IRI '{baseIri}' must end in '/' or '#'";
        // IRIREF excludes these outright (N-Triples §2.3 / RFC 3987): a base containing them could never be written.
        if (baseIri.Any(c => c <= ' ' || "<>\"{}|^`\\".Contains(c, StringComparison.Ordinal)))
            return $"the base IRI '{baseIri}' contains a space, control character or one of <>\"{{}}|^`\\";
        return null;
    }

    /// <summary>Percent-encodes an id for use as an IRI path: keeps iunreserved (RFC 3987) and <c>/</c>, encodes the rest.</summary>
    public static string EncodeId(string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        StringBuilder? sb = null;
        Span<byte> bytes = stackalloc byte[4];
        for (var i = 0; i < id.Length; i++)
        {
            int codePoint;
            var width = 1;
            if (char.IsHighSurrogate(id[i]) && i + 1 < id.Length && char.IsLowSurrogate(id[i + 1]))
            {
                codePoint = char.ConvertToUtf32(id[i], id[i + 1]);
                width = 2;
            }
            else codePoint = char.IsSurrogate(id[i]) ? 0xFFFD : id[i]; // a lone surrogate has no UTF-8 form: U+FFFD stands in
            if (IsKept(codePoint))
            {
                sb?.Append(id, i, width);
            }
            else
            {
                sb ??= new StringBuilder(id, 0, i, id.Length + 16);
                var n = new Rune(codePoint).EncodeToUtf8(bytes);
                for (var b = 0; b < n; b++) sb.Append('%').Append(bytes[b].ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
            i += width - 1;
        }
        return sb?.ToString() ?? id;
    }

    /// <summary>iunreserved = ALPHA / DIGIT / "-" / "." / "_" / "~" / ucschar (RFC 3987 §2.2), plus the path separator.</summary>
    private static bool IsKept(int c) =>
        c < 0x80 && char.IsAsciiLetterOrDigit((char)c)
        || c is '-' or '.' or '_' or '~' or '/'
        || IsUcsChar(c);

    private static bool IsUcsChar(int c) =>
        c is >= 0xA0 and <= 0xD7FF or >= 0xF900 and <= 0xFDCF or >= 0xFDF0 and <= 0xFFEF
        || (c >= 0x10000 && c <= 0xEFFFD && (c & 0xFFFF) <= 0xFFFD && c is not (>= 0xE0000 and < 0xE1000));
}
