namespace Graph.Rdf;

/// <summary>
/// The project's RDF vocabulary, defined in <c>graph-schema/ontology.ttl</c>, and the standard terms the mapping uses.
/// The namespace <see cref="Namespace"/> is fixed: it names the vocabulary, not the data, so it does not change
/// with <c>--base-iri</c>. Where a standard term fits, the data uses it directly (Dublin Core for titles, dates and
/// sources; PROV-O for derivation and attribution; RDF reification for claims); the ontology aligns the rest with
/// schema.org by <c>rdfs:subClassOf</c> and <c>rdfs:subPropertyOf</c>.
/// </summary>
public static class RdfVocabulary
{
    /// <summary>The vocabulary namespace, prefix <c>g:</c>. Stable: queries and shapes depend on it.</summary>
    public const string Namespace = "https://graph.example.org/ontology#";

    /// <summary>The RDF namespace.</summary>
    public const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    /// <summary>The RDFS namespace.</summary>
    public const string Rdfs = "http://www.w3.org/2000/01/rdf-schema#";

    /// <summary>The XML Schema datatypes namespace.</summary>
    public const string Xsd = "http://www.w3.org/2001/XMLSchema#";

    /// <summary>Dublin Core terms.</summary>
    public const string DcTerms = "http://purl.org/dc/terms/";

    /// <summary>PROV-O.</summary>
    public const string Prov = "http://www.w3.org/ns/prov#";

    /// <summary>schema.org (used by the ontology's alignments, not in data).</summary>
    public const string Schema = "https://schema.org/";

    /// <summary><c>rdf:type</c>.</summary>
    public const string RdfType = Rdf + "type";

    /// <summary><c>rdf:langString</c>.</summary>
    public const string RdfLangString = Rdf + "langString";

    /// <summary><c>xsd:string</c>.</summary>
    public const string XsdString = Xsd + "string";

    /// <summary><c>xsd:integer</c>.</summary>
    public const string XsdInteger = Xsd + "integer";

    /// <summary><c>xsd:double</c>.</summary>
    public const string XsdDouble = Xsd + "double";

    /// <summary><c>xsd:boolean</c>.</summary>
    public const string XsdBoolean = Xsd + "boolean";

    /// <summary><c>xsd:date</c>.</summary>
    public const string XsdDate = Xsd + "date";

    /// <summary><c>xsd:dateTime</c>.</summary>
    public const string XsdDateTime = Xsd + "dateTime";

    /// <summary>The prefixes the Turtle, TriG and JSON-LD writers declare for vocabulary terms, sorted by prefix.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Prefixes { get; } =
    [
        new("dcterms", DcTerms),
        new("g", Namespace),
        new("prov", Prov),
        new("rdf", Rdf),
        new("xsd", Xsd),
    ];

    /// <summary>An IRI in the vocabulary namespace.</summary>
    public static RdfIri Term(string localName) => new(Namespace + localName);

    /// <summary><c>g:Entity</c>: every person, country, organisation, project and conflict (the <c>:Entity</c> label in Neo4j).</summary>
    public static RdfIri Entity { get; } = Term("Entity");

    /// <summary><c>g:Claim</c>: a reified relationship with its provenance.</summary>
    public static RdfIri Claim { get; } = Term("Claim");

    /// <summary><c>g:statement</c>: from a claim to the statement it rests on.</summary>
    public static RdfIri Statement { get; } = Term("statement");

    /// <summary>The class of nodes with a label (<c>g:Person</c>, …).</summary>
    public static RdfIri Class(Graph.Model.NodeLabel label) => Term(Graph.Model.NodeLabels.Name(label));

    /// <summary>The predicate of a relationship type: lower camel case of the Neo4j type (<c>g:committedTo</c>).</summary>
    public static RdfIri Predicate(Graph.Model.RelationshipType type) => Term(type switch
    {
        Graph.Model.RelationshipType.Said => "said",
        Graph.Model.RelationshipType.About => "about",
        Graph.Model.RelationshipType.ReportedIn => "reportedIn",
        Graph.Model.RelationshipType.Supports => "supports",
        Graph.Model.RelationshipType.CommittedTo => "committedTo",
        Graph.Model.RelationshipType.Represents => "represents",
        Graph.Model.RelationshipType.Involves => "involves",
        Graph.Model.RelationshipType.PartOf => "partOf",
        Graph.Model.RelationshipType.Mentions => "mentions",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    });

    /// <summary>
    /// The predicate of a property key. Known keys map to fixed terms (<c>title</c> to <c>dcterms:title</c>,
    /// <c>aliases</c> to one <c>g:alias</c> per value (<c>candidates</c> to <c>g:candidate</c>), <c>predicate</c> to <c>g:predicateText</c> so it is not confused
    /// with <c>rdf:predicate</c>); any other key becomes <c>g:</c> plus the key, percent-encoded.
    /// Keys whose values are document ids (<c>documentId</c>, <c>documents</c>) map to <c>prov:wasDerivedFrom</c>.
    /// </summary>
    public static RdfIri Property(string key) => key switch
    {
        "title" => new(DcTerms + "title"),
        "date" => new(DcTerms + "date"),
        "source" => new(DcTerms + "source"),
        "documentId" or "documents" => WasDerivedFrom,
        "aliases" => Term("alias"),
        "candidates" => Term("candidate"),
        "roles" => Term("role"),
        "predicate" => Term("predicateText"),
        _ => Term(RdfDataIris.EncodeId(key)),
    };

    /// <summary>Whether the values of <paramref name="key"/> are document ids, written as IRIs rather than literals.</summary>
    public static bool IsDocumentReference(string key) => key is "documentId" or "documents";

    /// <summary><c>prov:wasDerivedFrom</c>: statement or claim to its document.</summary>
    public static RdfIri WasDerivedFrom { get; } = new(Prov + "wasDerivedFrom");

    /// <summary><c>prov:wasAttributedTo</c>: statement to the person who made it.</summary>
    public static RdfIri WasAttributedTo { get; } = new(Prov + "wasAttributedTo");

    /// <summary><c>rdf:subject</c> of a claim.</summary>
    public static RdfIri Subject { get; } = new(Rdf + "subject");

    /// <summary><c>rdf:predicate</c> of a claim.</summary>
    public static RdfIri PredicateOf { get; } = new(Rdf + "predicate");

    /// <summary><c>rdf:object</c> of a claim.</summary>
    public static RdfIri Object { get; } = new(Rdf + "object");

    /// <summary><c>rdf:type</c>.</summary>
    public static RdfIri Type { get; } = new(RdfType);
}
