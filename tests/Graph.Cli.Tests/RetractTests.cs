using Graph.Cli.Neo4j;
using Graph.Neo4j.Database;
using Graph.Neo4j.Writing;

namespace Graph.Cli.Tests;

/// <summary><c>graph retract</c> and the replacement of a changed document at import, against a fake Neo4j.</summary>
public class RetractTests
{
    private static CypherResult Ids(params string[] ids) =>
        new(["id"], ids.Select(id => (IReadOnlyList<object?>)[id]).ToList(), new Dictionary<string, long>());

    private static FakeNeo4j Server(Func<FakeNeo4j.Run, CypherResult> answer)
    {
        var neo4j = new FakeNeo4j { Answer = answer };
        neo4j.Variables[Neo4jEnvironmentVariables.Password] = "pw";
        return neo4j;
    }

    [Fact]
    public async Task Retract_takes_out_the_documents_it_finds_and_names_those_it_does_not()
    {
        var neo4j = Server(run =>
            run.Cypher == Neo4jRetraction.FindStatement && ((IReadOnlyList<object?>)run.Parameters["keys"]!)[0] is "corpus/a.txt" ? Ids("doc/aaaa")
            : run.Cypher == Neo4jRetraction.MentionedStatement ? Ids("person/amn-okfr")
            : run.Cypher.Contains("DETACH DELETE", StringComparison.Ordinal) ? new CypherResult([], [], new Dictionary<string, long> { ["nodes-deleted"] = 2 })
            : CypherResult.Empty);

        var run = await neo4j.RunAsync("retract", "corpus/a.txt", "no-such-item", "--neo4j", "bolt://localhost:7687");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Error.Should().Contain("no-such-item: no such document").And.NotContain("corpus/a.txt: no such");
        run.Output.Should().Contain("1 documents taken out of bolt://localhost:7687");
        var writes = neo4j.Runs.Where(r => r.InTransaction).ToList();
        writes.Select(r => r.Cypher).Should().Equal([Neo4jRetraction.MentionedStatement, .. Neo4jRetraction.DeleteStatements, Neo4jRetraction.OrphansStatement]);
        writes[1].Parameters["ids"].Should().BeEquivalentTo(new object?[] { "doc/aaaa" });
    }

    [Fact]
    public async Task A_changed_text_of_an_imported_document_replaces_it_before_the_write()
    {
        using var temp = new TempFolder();
        var article = temp.Write("a.txt", "Foreign Minister Amina Okafor said on Monday that Nigeria backed the Lake Chad Water Compact.\n");
        // The database holds an earlier version of a.txt under another id.
        var neo4j = Server(run => run.Cypher == Neo4jRetraction.ReplacedStatement ? Ids("doc/0123456789abcdef") : CypherResult.Empty);

        var run = await neo4j.RunAsync("import", article, "--neo4j", "bolt://localhost:7687");

        run.ExitCode.Should().Be(0, run.ToString());
        var replaced = neo4j.Runs.First(r => r.Cypher == Neo4jRetraction.ReplacedStatement);
        var row = (IReadOnlyDictionary<string, object?>)((IReadOnlyList<object?>)replaced.Parameters["documents"]!)[0]!;
        row["key"].Should().Be(Path.GetFileName(temp.Path) + "/a.txt", "a text file's key is its source: its folder's name and its own when given by its full path");
        var order = neo4j.Runs.Select(r => r.Cypher).ToList();
        var retractAt = order.IndexOf(Neo4jRetraction.DeleteStatements[^1]);
        var firstMerge = order.FindIndex(c => c.Contains("\nMERGE (n:", StringComparison.Ordinal));
        retractAt.Should().BeGreaterThan(0).And.BeLessThan(firstMerge, "the old version goes before the new one is written");
        run.Error.Should().Contain("replaced in Neo4j: 1 earlier versions");
    }

    [Fact]
    public async Task An_unchanged_import_replaces_nothing()
    {
        using var temp = new TempFolder();
        var article = temp.Write("a.txt", "Foreign Minister Amina Okafor said on Monday that Nigeria backed the Lake Chad Water Compact.\n");
        var neo4j = Server(_ => CypherResult.Empty);

        var run = await neo4j.RunAsync("import", article, "--neo4j", "bolt://localhost:7687");

        run.ExitCode.Should().Be(0, run.ToString());
        neo4j.Runs.Should().NotContain(r => Neo4jRetraction.DeleteStatements.Contains(r.Cypher));
        run.Error.Should().NotContain("replaced in Neo4j");
    }
}
