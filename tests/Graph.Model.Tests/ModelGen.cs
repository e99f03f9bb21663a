using CsCheck;

namespace Graph.Model.Tests;

/// <summary>CsCheck generators for property values, nodes and document graphs.</summary>
internal static class ModelGen
{
    /// <summary>Pieces of text that stress encoders: quotes, escapes, line breaks, bidi, joiners, astral characters.</summary>
    private static readonly string[] Pieces =
    [
        "a", "Z", "0", " ", "-", ".", "'", "\"", "\\", "\n", "\r", "\t", "\u0001", "\u001F", "\u007F", "\u0085",
        "}", "{", "$x", ";", "//", "é", "e\u0301", "ß", "ı", "Лавров", "محمد", "שלום", "\u202E", "\u2067", "\u2069",
        "\u200D", "\u200B", "\uFEFF", "\u2028", "😀", "👨\u200D👩\u200D👧", "𝔸", "中",
    ];

    public static readonly Gen<string> Text =
        Gen.OneOfConst(Pieces).Array[0, 8].Select(parts => string.Concat(parts));

    public static readonly Gen<string[]> TextList = Text.Array[0, 4];

    public static readonly Gen<DateOnly> Date =
        Gen.Int[DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber].Select(DateOnly.FromDayNumber);

    /// <summary>Any supported property value.</summary>
    public static readonly Gen<object> Value = Gen.OneOf<object>(
        Text.Select(s => (object)s),
        Gen.Long.Select(l => (object)l),
        Gen.Double.Select(d => (object)d),
        Gen.Bool.Select(b => (object)b),
        Date.Select(d => (object)d),
        TextList.Select(l => (object)l));

    /// <summary>
    /// Values of different types whose text forms coincide ("1", 1, 1.0, ["1"]...): merging must still pick
    /// the same winner whatever the order.
    /// </summary>
    public static readonly Gen<object> CollidingValue = Gen.OneOfConst<object>(
        "1", 1L, 1.0, new[] { "1" }, "0", 0L, 0.0, -0.0, "-0", "true", true, "false", false,
        "2020-01-01", new DateOnly(2020, 1, 1), new DateOnly(2019, 12, 31), "", Array.Empty<string>(), new[] { "a", "b" }, "a\u001Fb");

    /// <summary>Names drawn from a small pool, so that ties in word count and length happen often.</summary>
    public static readonly Gen<string> Name = Gen.OneOfConst(
        "Lavrov", "Sergey Lavrov", "Sergei Lavrov", "S. Lavrov", "Sergey Viktorovich Lavrov", "Qureshi", "Mahmood Qureshi",
        "Mehmood Qureshi", "Shah Mahmood Qureshi", "Лавров", "Сергей Лавров", "AB", "BA", "A B");

    private static readonly string[] OtherKeys = ["acronym", "date", "score", "count", "flag", "role", "roles"];

    /// <summary>A version of the node with this id and label, as one document might report it.</summary>
    public static Gen<GraphNode> NodeVersion(string id, NodeLabel label, Gen<object> values) =>
        from name in Name.Array[0, 1]
        from aliases in Name.Array[0, 3].Array[0, 1]
        from keys in Gen.OneOfConst(OtherKeys).Array[0, 4]
        from vals in values.Array[keys.Length]
        select Node(id, label, name, aliases, keys, vals);

    private static GraphNode Node(string id, NodeLabel label, string[] name, string[][] aliases, string[] keys, object[] values)
    {
        var props = new List<KeyValuePair<string, object>>();
        for (var i = 0; i < keys.Length; i++) props.Add(new(keys[i], values[i]));
        if (name.Length > 0) props.Add(new("name", name[0]));
        if (aliases.Length > 0) props.Add(new("aliases", aliases[0]));
        return new GraphNode(id, label, props);
    }

    private static readonly (string Id, NodeLabel Label)[] EntityPool =
    [
        ("person/sergey-lavrov", NodeLabel.Person), ("person/shah-mahmood-qureshi", NodeLabel.Person),
        ("RUS", NodeLabel.Country), ("PAK", NodeLabel.Country), ("org/un", NodeLabel.Organization),
        ("project/tapi", NodeLabel.Project), ("conflict/syrian-civil-war", NodeLabel.Conflict),
    ];

    private static readonly Gen<string> Role = Gen.OneOfConst("Foreign Minister", "Minister", "Spokesperson", "Envoy");

    /// <summary>One entity as one document reports it; each key keeps one type, as extraction writes them.</summary>
    private static readonly Gen<GraphNode> TypedEntity =
        from pick in Gen.Int[0, EntityPool.Length - 1]
        from name in Name.Array[0, 1]
        from aliases in Name.Array[0, 2].Array[0, 1]
        from roles in Role.Array[0, 2].Array[0, 1]
        from firstSeen in Gen.Int[0, 1000].Array[0, 1]
        from score in Gen.Int[-8, 8].Array[0, 1]
        from count in Gen.Long[-5, 5].Array[0, 1]
        from flag in Gen.Bool.Array[0, 1]
        select new GraphNode(EntityPool[pick].Id, EntityPool[pick].Label,
            name.Select(v => Property("name", v))
                .Concat(aliases.Select(v => Property("aliases", v)))
                .Concat(roles.Select(v => Property("roles", v)))
                .Concat(firstSeen.Select(v => Property("firstSeen", new DateOnly(2020, 1, 1).AddDays(v))))
                .Concat(score.Select(v => Property("score", v / 4.0)))
                .Concat(count.Select(v => Property("count", v)))
                .Concat(flag.Select(v => Property("flag", v))));

    private static KeyValuePair<string, object> Property(string key, object value) => new(key, value);

    /// <summary>
    /// Document graphs with distinct document ids whose entities overlap, each with a statement,
    /// document-scoped relationships and (when it has a person and a country) a REPRESENTS fact.
    /// </summary>
    public static readonly Gen<DocumentGraph[]> Documents =
        from docs in Gen.Select(TypedEntity.Array[1, 4], Role, Gen.Long[1, 4]).Array[1, 6]
        select docs.Select((d, i) => Document(i, d.Item1, d.Item2, d.Item3)).ToArray();

    private static DocumentGraph Document(int index, GraphNode[] versions, string role, long mentions)
    {
        var n = index.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var docId = GraphIds.Document(GraphIds.Hash("document " + n));
        var document = new GraphNode(docId, NodeLabel.Document, [new("title", "Document " + n)]);
        var entities = versions.DistinctBy(e => e.Id).ToList();
        var statement = new GraphNode(GraphIds.Statement(docId, 10), NodeLabel.Statement, [new("text", "statement " + n), new("documentId", docId)]);
        var rels = new List<GraphRelationship>
        {
            new(GraphIds.Relationship(RelationshipType.ReportedIn, statement.Id, docId), RelationshipType.ReportedIn, NodeRef.To(statement), NodeRef.To(document), []),
        };
        foreach (var entity in entities)
        {
            rels.Add(new(GraphIds.Relationship(RelationshipType.Mentions, docId, entity.Id), RelationshipType.Mentions,
                NodeRef.To(document), NodeRef.To(entity), [new("count", mentions)]));
        }
        var person = entities.FirstOrDefault(e => e.Label == NodeLabel.Person);
        var country = entities.FirstOrDefault(e => e.Label == NodeLabel.Country);
        if (person is not null && country is not null)
        {
            rels.Add(new(GraphIds.Relationship(RelationshipType.Represents, person.Id, country.Id), RelationshipType.Represents,
                NodeRef.To(person), NodeRef.To(country), [new("role", role), new("documents", new[] { docId })]));
        }
        return new DocumentGraph(document, entities, [statement], rels);
    }
}
