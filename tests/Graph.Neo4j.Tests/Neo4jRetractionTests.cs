using Graph.Neo4j.Database;
using Graph.Neo4j.Writing;

namespace Graph.Neo4j.Tests;

/// <summary>Taking documents back out of Neo4j: the statements and parameters sent, and Neo4j's own linter on them.</summary>
public class Neo4jRetractionTests
{
    private static CypherResult Ids(params string[] ids) =>
        new(["id"], ids.Select(id => (IReadOnlyList<object?>)[id]).ToList(), new Dictionary<string, long>());

    private static FakeCypherSession Server(Func<FakeCypherSession.Run, CypherResult> answer) => new() { Answer = answer };

    [Fact]
    public async Task A_document_is_found_by_id_key_or_source_and_its_facts_go_in_one_transaction()
    {
        var session = Server(run =>
            run.Cypher == Neo4jRetraction.FindStatement ? Ids("doc/aaaa")
            : run.Cypher == Neo4jRetraction.MentionedStatement ? Ids("person/amn-okfr", "NGA")
            : run.Cypher == Neo4jRetraction.OrphansStatement ? new CypherResult([], [], new Dictionary<string, long> { ["nodes-deleted"] = 1 })
            : CypherResult.Empty);
        var retraction = new Neo4jRetraction(session);

        var found = await retraction.FindAsync(["corpus/a.txt"]);
        var result = await retraction.RetractAsync(found);

        found.Should().Equal("doc/aaaa");
        session.AutoCommitRuns.Should().ContainSingle().Which.Parameters["keys"].Should().BeEquivalentTo(new object?[] { "corpus/a.txt" });
        var tx = session.Committed.Should().ContainSingle().Subject;
        tx.Runs.Select(r => r.Cypher).Should().Equal([Neo4jRetraction.MentionedStatement, .. Neo4jRetraction.DeleteStatements, Neo4jRetraction.OrphansStatement]);
        tx.Runs.Take(5).Should().AllSatisfy(r => r.Parameters["ids"].Should().BeEquivalentTo(new object?[] { "doc/aaaa" }));
        // Only the entities the document mentioned are candidates to go, and only if no other document mentions them.
        tx.Runs[^1].Parameters["ids"].Should().BeEquivalentTo(new object?[] { "person/amn-okfr", "NGA" });
        result.Documents.Should().Be(1);
        result.EntitiesDeleted.Should().Be(1);
    }

    [Fact]
    public async Task Many_documents_go_in_batches_and_a_retraction_of_nothing_sends_nothing()
    {
        var session = Server(_ => CypherResult.Empty);
        var retraction = new Neo4jRetraction(session, batchSize: 2);

        await retraction.RetractAsync(["doc/3", "doc/1", "doc/2", "doc/1"]);
        await retraction.RetractAsync([]);

        session.Committed.Select(t => t.Runs[0].Parameters["ids"]).Should().BeEquivalentTo(new object[]
        {
            new object?[] { "doc/1", "doc/2" }, new object?[] { "doc/3" },
        }, o => o.WithStrictOrdering());
    }

    [Fact]
    public async Task Earlier_versions_are_the_documents_with_a_key_of_the_new_ones_and_another_id()
    {
        var session = Server(run => run.Cypher == Neo4jRetraction.ReplacedStatement ? Ids("doc/old") : CypherResult.Empty);
        var retraction = new Neo4jRetraction(session);

        var earlier = await retraction.FindReplacedAsync([("doc/new", "feed-item-7"), ("doc/other", "b.txt")]);

        earlier.Should().Equal("doc/old");
        var rows = (IReadOnlyList<object?>)session.AutoCommitRuns.Single().Parameters["documents"]!;
        rows.Should().HaveCount(2);
        ((IReadOnlyDictionary<string, object?>)rows[0]!)["key"].Should().Be("feed-item-7");
    }

    [Fact]
    public async Task Every_retraction_statement_lints_clean()
    {
        string[] statements = [Neo4jRetraction.FindStatement, Neo4jRetraction.ReplacedStatement, Neo4jRetraction.MentionedStatement, .. Neo4jRetraction.DeleteStatements, Neo4jRetraction.OrphansStatement];

        var result = await CypherLinter.LintStatementsAsync(statements);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Contain($"linted {statements.Length} statements, 0 errors", result.ToString());
    }
}
