using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Graph.Model;

namespace Graph.Rdf;

/// <summary>
/// Writes <c>graph.jsonld</c>: compacted JSON-LD 1.1 with an inline <c>@context</c> (never a remote one). The top-level
/// <c>@graph</c> holds one node object per subject of the default graph, sorted, then one graph object per document
/// (<c>{"@id": named graph, "@graph": [...]}</c>). Terms of the context carry their datatype (<c>"date"</c> is an
/// <c>xsd:date</c>, <c>"start"</c> an <c>xsd:integer</c>), so values are written as plain strings; a value whose type
/// differs from its term's is written as an explicit value object, so nothing depends on JSON number typing.
/// </summary>
public sealed class JsonLdExporter : RdfExporter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    /// <summary>Creates the writer.</summary>
    public JsonLdExporter(RdfDataIris iris) : base(iris) { }

    /// <inheritdoc />
    public override string Format => "jsonld";

    /// <inheritdoc />
    public override string FileName => "graph.jsonld";

    /// <inheritdoc />
    protected override string CountUnit => "quads";

    /// <summary>Term definitions by predicate IRI: the JSON key and the coerced type (<c>@id</c>, an XSD datatype, or null for strings).</summary>
    internal static IReadOnlyDictionary<string, (string Term, string? Type)> Terms { get; } = BuildTerms();

    private static Dictionary<string, (string, string?)> BuildTerms()
    {
        var terms = new Dictionary<string, (string, string?)>(StringComparer.Ordinal);
        foreach (var type in RelationshipTypes.All) Add(RdfVocabulary.Predicate(type).Value, "@id");
        foreach (var key in new[] { "id", "name", "alias", "candidate", "role", "iso2", "acronym", "text", "quote", "verb", "evidence", "rule", "predicateText", "sha256", "key", "dateline", "url" })
            Add(RdfVocabulary.Namespace + key, null);
        foreach (var key in new[] { "start", "end", "sentence", "count", "length" }) Add(RdfVocabulary.Namespace + key, RdfVocabulary.XsdInteger);
        Add(RdfVocabulary.Namespace + "confidence", RdfVocabulary.XsdDouble);
        Add(RdfVocabulary.Statement.Value, "@id");
        Add(RdfVocabulary.DcTerms + "title", null);
        Add(RdfVocabulary.DcTerms + "source", null);
        Add(RdfVocabulary.DcTerms + "date", RdfVocabulary.XsdDate);
        Add(RdfVocabulary.WasDerivedFrom.Value, "@id");
        Add(RdfVocabulary.WasAttributedTo.Value, "@id");
        Add(RdfVocabulary.Subject.Value, "@id");
        Add(RdfVocabulary.PredicateOf.Value, "@id");
        Add(RdfVocabulary.Object.Value, "@id");
        return terms;

        void Add(string iri, string? type)
        {
            var cut = Math.Max(iri.LastIndexOf('#'), iri.LastIndexOf('/')) + 1;
            terms.Add(iri, (iri[cut..], type));
        }
    }

    /// <inheritdoc />
    protected override void WriteStart(StringBuilder text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text.Append("{\n  \"@context\": ").Append(Json(WriteContext, 1)).Append(",\n  \"@graph\": [");
    }

    /// <inheritdoc />
    protected override void WriteSection(StringBuilder text, RdfSection section, bool first)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(section);
        if (section.GraphName is null)
        {
            WriteNodes(text, section.Triples, first, 2);
            return;
        }
        text.Append(first ? "\n" : ",\n").Append(Indent(2)).Append("{\n")
            .Append(Indent(3)).Append("\"@id\": ").Append(JsonString(section.GraphName.Value)).Append(",\n")
            .Append(Indent(3)).Append("\"@graph\": [");
        WriteNodes(text, section.Triples, true, 4);
        text.Append('\n').Append(Indent(3)).Append("]\n").Append(Indent(2)).Append('}');
    }

    /// <inheritdoc />
    protected override void WriteEnd(StringBuilder text) => text?.Append("\n  ]\n}\n");

    private static void WriteNodes(StringBuilder text, IReadOnlyList<RdfTriple> triples, bool first, int depth)
    {
        // One copy of the section, sliced per subject (copying it per subject would be quadratic in a long document).
        var all = triples as RdfTriple[] ?? triples.ToArray();
        var start = 0;
        while (start < all.Length)
        {
            var end = start;
            while (end < all.Length && all[end].Subject == all[start].Subject) end++;
            var group = new ArraySegment<RdfTriple>(all, start, end - start);
            text.Append(first ? "\n" : ",\n").Append(Indent(depth)).Append(Json(w => WriteNode(w, group), depth));
            first = false;
            start = end;
        }
    }

    private static void WriteNode(Utf8JsonWriter w, IReadOnlyList<RdfTriple> triples)
    {
        w.WriteStartObject();
        w.WriteString("@id", triples[0].Subject.Value);
        var types = triples.Where(t => t.Predicate.Value == RdfVocabulary.RdfType && t.Object is RdfIri).Select(t => CompactType(((RdfIri)t.Object).Value)).ToArray();
        if (types.Length == 1) w.WriteString("@type", types[0]);
        else if (types.Length > 1)
        {
            w.WriteStartArray("@type");
            foreach (var type in types) w.WriteStringValue(type);
            w.WriteEndArray();
        }
        foreach (var byPredicate in triples.Where(t => !(t.Predicate.Value == RdfVocabulary.RdfType && t.Object is RdfIri)).GroupBy(t => t.Predicate.Value))
        {
            var values = byPredicate.Select(t => t.Object).ToArray();
            var hasTerm = Terms.TryGetValue(byPredicate.Key, out var term);
            w.WritePropertyName(hasTerm ? term.Term : byPredicate.Key);
            if (values.Length > 1) w.WriteStartArray();
            foreach (var value in values) WriteValue(w, value, hasTerm ? term.Type : null, hasTerm);
            if (values.Length > 1) w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter w, RdfTerm value, string? coerced, bool hasTerm)
    {
        switch (value)
        {
            case RdfIri iri when hasTerm && coerced == "@id":
                w.WriteStringValue(iri.Value);
                break;
            case RdfIri iri:
                w.WriteStartObject();
                w.WriteString("@id", iri.Value);
                w.WriteEndObject();
                break;
            case RdfLiteral { Language: null } literal when hasTerm && coerced == literal.Datatype:
            case RdfLiteral { Language: null, Datatype: RdfVocabulary.XsdString } when hasTerm && coerced is null:
                w.WriteStringValue(((RdfLiteral)value).Lexical);
                break;
            case RdfLiteral literal:
                w.WriteStartObject();
                w.WriteString("@value", literal.Lexical);
                if (literal.Language is not null) w.WriteString("@language", literal.Language);
                else if (literal.Datatype != RdfVocabulary.XsdString) w.WriteString("@type", literal.Datatype);
                w.WriteEndObject();
                break;
            default:
                throw new InvalidOperationException($"unsupported term {value}");
        }
    }

    private static string CompactType(string iri) =>
        iri.StartsWith(RdfVocabulary.Namespace, StringComparison.Ordinal) && TurtleFormatter.IsPnLocal(iri.AsSpan(RdfVocabulary.Namespace.Length))
            ? "g:" + iri[RdfVocabulary.Namespace.Length..]
            : iri;

    private static void WriteContext(Utf8JsonWriter w)
    {
        w.WriteStartObject();
        foreach (var (prefix, ns) in RdfVocabulary.Prefixes) w.WriteString(prefix, ns);
        foreach (var (iri, (term, type)) in Terms.OrderBy(t => t.Value.Term, StringComparer.Ordinal))
        {
            w.WriteStartObject(term);
            w.WriteString("@id", iri);
            if (type is not null) w.WriteString("@type", type);
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }

    private static string Json(Action<Utf8JsonWriter> write, int depth)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options)) write(writer);
        var json = Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length).Replace("\r\n", "\n", StringComparison.Ordinal);
        return json.Replace("\n", "\n" + Indent(depth), StringComparison.Ordinal);
    }

    private static string JsonString(string value) => Json(w => w.WriteStringValue(value), 0);

    private static string Indent(int depth) => new(' ', depth * 2);
}
