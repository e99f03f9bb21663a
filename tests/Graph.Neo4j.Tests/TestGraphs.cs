using System.Globalization;
using System.Text;
using Graph.Model;

namespace Graph.Neo4j.Tests;

/// <summary>Small graphs for the exporter tests, every label and relationship type present, full of hostile strings.</summary>
internal static class TestGraphs
{
    /// <summary>Strings that break naive writers: quotes, escapes, line breaks, injection attempts, bidi and invisible characters.</summary>
    public static readonly string[] Hostile =
    [
        "it's",
        "say \"hi\"",
        "back\\slash \\n not a newline \\u0041 \\'",
        "trailing backslash\\",
        "line one\nline two",
        "carriage\rreturn\r\nand CRLF",
        "tab\there",
        "}",
        "'}) DETACH DELETE n //",
        "\"}) MATCH (m) DETACH DELETE m;\nRETURN 1;",
        "$x and $param {x}",
        "end;",
        ";",
        "// not a comment",
        "/* not a comment */",
        "`back`tick`",
        "\u202Eevil override\u202C",
        "\u2067isolate\u2069 \u200F\u200E",
        "family 👨\u200D👩\u200D👧 and 😀",
        "zero\u200Bwidth\u200Cnon\u200Djoiner\uFEFF",
        "\u0001\u0002\u001F\u007F\u0085 controls",
        "line\u2028separator\u2029paragraph",
        "مرحبا بالعالم",
        "שלום עולם",
        "Сергей Лавров",
        "e\u0301 vs é",
        "𝔸𝕓𝕔 astral",
        "",
        "   ",
        "\u00A0nbsp",
        "\b\f",
        "\\",
        "\"",
        "'",
    ];

    /// <summary>
    /// A graph with one Document, entities of every label, a statement per string and every relationship type;
    /// the strings go into names, aliases, titles, statement texts and relationship properties.
    /// </summary>
    public static GraphContent WithStrings(IReadOnlyList<string> strings)
    {
        using var builder = new GraphBuilder();
        foreach (var doc in Documents(strings)) builder.Add(doc);
        return builder.Build();
    }

    /// <summary>The hostile graph as document graphs, so tests can build it twice.</summary>
    public static IEnumerable<DocumentGraph> Documents(IReadOnlyList<string> strings)
    {
        string S(int i) => strings.Count == 0 ? "" : strings[i % strings.Count];
        var date = new DateOnly(2021, 4, 7);

        var doc = new GraphNode(GraphIds.Document(GraphIds.Hash("hostile")), NodeLabel.Document,
        [
            new("title", S(0)), new("date", date), new("source", S(1)), new("sha256", GraphIds.Hash("hostile")),
        ]);
        var russia = new GraphNode("RUS", NodeLabel.Country, [new("name", "Russia"), new("iso2", "RU"), new("aliases", strings.Take(3).ToArray())]);
        var pakistan = new GraphNode("PAK", NodeLabel.Country, [new("name", S(3)), new("iso2", "PK"), new("aliases", Array.Empty<string>())]);
        var sco = new GraphNode("org/sco", NodeLabel.Organization, [new("name", S(4)), new("acronym", "SCO"), new("aliases", new[] { S(5) })]);
        var pipeline = new GraphNode("project/pakistan-stream", NodeLabel.Project, [new("name", S(6)), new("aliases", new[] { S(7), S(8) })]);
        var war = new GraphNode("conflict/syria", NodeLabel.Conflict, [new("name", S(9)), new("aliases", new[] { S(10) })]);
        var people = Enumerable.Range(0, Math.Max(1, strings.Count / 4)).Select(i => new GraphNode(
            "person/p" + i.ToString(CultureInfo.InvariantCulture), NodeLabel.Person,
            [new("name", S(4 * i)), new("aliases", new[] { S(4 * i + 1), S(4 * i + 2) }), new("roles", new[] { S(4 * i + 3) })])).ToList();

        var statements = new List<GraphNode>();
        var rels = new List<GraphRelationship>();
        for (var i = 0; i < Math.Max(1, strings.Count); i++)
        {
            var statement = new GraphNode(GraphIds.Statement(doc.Id, i * 10), NodeLabel.Statement,
            [
                new("text", S(i)), new("quote", i % 2 == 0 ? "direct" : "reported"), new("verb", "said"), new("date", date),
                new("documentId", doc.Id), new("start", (long)(i * 10)), new("end", (long)(i * 10 + 5)),
            ]);
            statements.Add(statement);
            var speaker = people[i % people.Count];
            rels.Add(Rel(RelationshipType.Said, speaker, statement, [new("date", date), new("verb", "said")]));
            rels.Add(Rel(RelationshipType.ReportedIn, statement, doc, []));
            rels.Add(Rel(RelationshipType.About, statement, i % 2 == 0 ? russia : pipeline, []));
        }
        rels.Add(Rel(RelationshipType.Supports, russia, pipeline,
            [new("evidence", S(11)), new("statement", statements[0].Id), new("document", doc.Id), new("date", date), new("confidence", 1.0)]));
        rels.Add(Rel(RelationshipType.CommittedTo, sco, pipeline,
            [new("evidence", S(12)), new("statement", statements[^1].Id), new("document", doc.Id), new("date", date), new("confidence", 0.75), new("negated", false)]));
        rels.Add(Rel(RelationshipType.Represents, people[0], russia, [new("role", S(13))]));
        rels.Add(Rel(RelationshipType.Involves, war, pakistan, [new("role", S(14))]));
        rels.Add(Rel(RelationshipType.PartOf, sco, pakistan, [new("documents", new[] { doc.Id })]));
        rels.Add(Rel(RelationshipType.Mentions, doc, people[0], [new("count", 3L)]));

        yield return new DocumentGraph(doc, [russia, pakistan, sco, pipeline, war, .. people], statements, rels);
    }

    public static GraphRelationship Rel(RelationshipType type, GraphNode start, GraphNode end, IEnumerable<KeyValuePair<string, object>> props) =>
        new(GraphIds.Relationship(type, start.Id, end.Id), type, NodeRef.To(start), NodeRef.To(end), props);

    /// <summary>Pseudo-random strings over all of Unicode but lone surrogates (the same every run).</summary>
    public static string[] RandomStrings(int count, int seed)
    {
        var random = new Random(seed);
        var result = new string[count];
        for (var i = 0; i < count; i++)
        {
            var sb = new StringBuilder();
            for (var n = random.Next(1, 12); n > 0; n--)
            {
                int cp;
                do cp = random.Next(4) switch { 0 => random.Next(0x20), 1 => random.Next(0x80, 0x3000), 2 => random.Next(0x10000, 0x110000), _ => random.Next(0x20, 0x7F) };
                while (cp is >= 0xD800 and <= 0xDFFF || cp == 0);
                sb.Append(char.ConvertFromUtf32(cp));
            }
            result[i] = sb.ToString();
        }
        return result;
    }

    /// <summary>Writes a graph with an exporter to bytes.</summary>
    public static async Task<byte[]> ExportAsync(IGraphExporter exporter, GraphContent graph)
    {
        using var stream = new MemoryStream();
        await exporter.WriteAsync(graph, stream);
        return stream.ToArray();
    }
}
