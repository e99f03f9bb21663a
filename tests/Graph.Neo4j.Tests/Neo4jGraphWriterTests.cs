using System.Text.Json;
using System.Text.RegularExpressions;
using Graph.Model;
using Graph.Neo4j.Database;
using Graph.Neo4j.Export;
using Graph.Neo4j.Writing;

namespace Graph.Neo4j.Tests;

/// <summary>The Bolt writer against an in-memory session: what it sends, in which transactions, and what it reports.</summary>
public class Neo4jGraphWriterTests
{
    private static readonly Neo4jWriterOptions NoWaiting = new() { RetryDelay = TimeSpan.Zero };

    private static async Task<(FakeCypherSession Session, GraphWriteResult Result)> WriteAsync(
        Func<GraphContent> graph, Neo4jWriterOptions? options = null, Action<FakeCypherSession>? setUp = null)
    {
        var session = new FakeCypherSession();
        setUp?.Invoke(session);
        using var content = graph();
        var result = await new Neo4jGraphWriter(session, options ?? NoWaiting).WriteAsync(content);
        return (session, result);
    }

    /// <summary>One document with <paramref name="people"/> people, each saying one statement.</summary>
    private static GraphContent People(int people, string document = "people")
    {
        using var builder = new GraphBuilder();
        foreach (var doc in PeopleDocuments(people, document)) builder.Add(doc);
        return builder.Build();
    }

    private static IEnumerable<DocumentGraph> PeopleDocuments(int people, string document)
    {
        var doc = new GraphNode(GraphIds.Document(GraphIds.Hash(document)), NodeLabel.Document, [new("title", document), new("date", new DateOnly(2021, 4, 7))]);
        var persons = Enumerable.Range(0, people)
            .Select(i => new GraphNode($"person/p{i:D3}", NodeLabel.Person, [new("name", $"Person {i:D3}"), new("aliases", new[] { $"P{i}" })]))
            .ToList();
        var statements = persons.Select((p, i) => new GraphNode(GraphIds.Statement(doc.Id, i * 10), NodeLabel.Statement,
            [new("text", $"statement {i}"), new("documentId", doc.Id), new("date", new DateOnly(2021, 4, 7))])).ToList();
        var rels = persons.Select((p, i) => TestGraphs.Rel(RelationshipType.Said, p, statements[i], [new("verb", "said")]))
            .Concat(statements.Select(s => TestGraphs.Rel(RelationshipType.ReportedIn, s, doc, [])))
            .Concat(persons.Select(p => TestGraphs.Rel(RelationshipType.Mentions, doc, p, [new("count", 1L)])))
            .ToList();
        yield return new DocumentGraph(doc, persons, statements, rels);
    }

    private static IEnumerable<FakeCypherSession.Transaction> Of(FakeCypherSession session, string merge) =>
        session.Committed.Where(t => t.Runs.Single().Cypher.Contains(merge, StringComparison.Ordinal));

    [Fact]
    public void A_node_statement_takes_its_rows_as_a_parameter_and_merges_on_id()
    {
        Neo4jGraphWriter.NodeStatement(NodeLabel.Document, []).Should().Be(
            "UNWIND $rows AS row\n" +
            "MERGE (n:Document {id: row.id})\n" +
            "SET n += row.props");

        var person = Neo4jGraphWriter.NodeStatement(NodeLabel.Person, ["aliases", "roles"]);
        person.Should().StartWith("UNWIND $rows AS row\nMERGE (n:Person {id: row.id})\nWITH n, row, n.name AS previous\nSET n:Entity\nSET n += row.props\n");
        // The fuller name wins and aliases are unioned, exactly as in import.cypher.
        person.Should().Be("UNWIND $rows AS row\n" + MergeCypher.NodeBody(NodeLabel.Person, ["aliases", "roles"]));
        var script = CypherScriptExporter.NodeStatement(NodeLabel.Person, [new GraphNode("person/x", NodeLabel.Person, [new("name", "X"), new("aliases", new[] { "Y" }), new("roles", new[] { "Z" })])]);
        script.Should().EndWith("] AS row\n" + MergeCypher.NodeBody(NodeLabel.Person, ["aliases", "roles"]) + ";\n");
        person.Should().Contain("SET n.roles = reduce(acc = coalesce(n.roles, []), x IN coalesce(row.lists.roles, [])");
    }

    [Fact]
    public void A_relationship_statement_matches_both_ends_by_label_and_merges_on_id()
    {
        Neo4jGraphWriter.RelationshipStatement(new RelationshipShape(RelationshipType.Said, NodeLabel.Person, NodeLabel.Statement), []).Should().Be(
            "UNWIND $rows AS row\n" +
            "MATCH (a:Person {id: row.start})\n" +
            "MATCH (b:Statement {id: row.end})\n" +
            "MERGE (a)-[r:SAID {id: row.id}]->(b)\n" +
            "SET r += row.props");
    }

    [Fact]
    public async Task Statement_texts_hold_no_value_from_the_data()
    {
        var (session, _) = await WriteAsync(() => TestGraphs.WithStrings(TestGraphs.Hostile));

        var texts = session.Transactions.SelectMany(t => t.Runs).Select(r => r.Cypher).Distinct().ToList();
        texts.Should().NotBeEmpty().And.AllSatisfy(text =>
        {
            text.Should().StartWith("UNWIND $rows AS row\n");
            // No quoted literal at all but the template's own ' ' (words of a name) ...
            Regex.Matches(text, "'[^']*'").Select(m => m.Value).Should().AllBe("' '");
            // ... and only labels and types of the model.
            var labels = Regex.Matches(text, @"\(\w+:(\w+)|SET \w+:(\w+)").Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value);
            labels.Should().BeSubsetOf(NodeLabels.All.Select(l => l.Name()).Append(NodeLabels.EntityLabel));
            Regex.Matches(text, @"\[\w+:(\w+)").Select(m => m.Groups[1].Value).Should().BeSubsetOf(RelationshipTypes.All.Select(t => t.Name()));
        });
        // One text per label and shape: the server plans each once.
        static string Shape(string text)
        {
            var lines = text.Split('\n');
            return string.Join('\n', lines.Take(lines[1].StartsWith("MATCH", StringComparison.Ordinal) ? 4 : 2));
        }
        texts.Should().HaveCount(texts.Select(Shape).Distinct().Count());
    }

    [Fact]
    public async Task Rows_carry_typed_values_for_the_wire()
    {
        var (session, _) = await WriteAsync(() => People(2));

        var documentRun = Of(session, "MERGE (n:Document").Single().Runs.Single();
        var row = (IReadOnlyDictionary<string, object?>)FakeCypherSession.Rows(documentRun).Single()!;
        row["id"].Should().Be(GraphIds.Document(GraphIds.Hash("people")));
        var props = (IReadOnlyDictionary<string, object?>)row["props"]!;
        props["date"].Should().Be(new DateOnly(2021, 4, 7), "dates travel as Bolt dates, not text");
        props["title"].Should().Be("people");

        var personRow = (IReadOnlyDictionary<string, object?>)FakeCypherSession.Rows(Of(session, "MERGE (n:Person").Single().Runs.Single())[0]!;
        ((IReadOnlyDictionary<string, object?>)personRow["lists"]!)["aliases"].Should().BeEquivalentTo(new[] { "P0" });
        ((IReadOnlyDictionary<string, object?>)personRow["props"]!).Should().NotContainKey("aliases");

        var saidRow = (IReadOnlyDictionary<string, object?>)FakeCypherSession.Rows(Of(session, "[r:SAID").Single().Runs.Single())[0]!;
        saidRow["start"].Should().Be("person/p000");
        ((string)saidRow["end"]!).Should().StartWith("statement/");
    }

    [Fact]
    public async Task Twenty_five_rows_in_batches_of_ten_are_three_transactions_per_label()
    {
        var (session, result) = await WriteAsync(() => People(25), NoWaiting with { BatchSize = 10 });

        Of(session, "MERGE (n:Person").Select(t => FakeCypherSession.Rows(t.Runs.Single()).Count).Should().Equal(10, 10, 5);
        Of(session, "MERGE (n:Statement").Select(t => FakeCypherSession.Rows(t.Runs.Single()).Count).Should().Equal(10, 10, 5);
        Of(session, "MERGE (n:Document").Select(t => FakeCypherSession.Rows(t.Runs.Single()).Count).Should().Equal(1);
        Of(session, "[r:SAID").Select(t => FakeCypherSession.Rows(t.Runs.Single()).Count).Should().Equal(10, 10, 5);
        session.Transactions.Should().AllSatisfy(t => t.Runs.Should().ContainSingle("each batch is one statement in its own transaction"));
        session.Transactions.Should().HaveCount(3 + 3 + 1 + 3 + 3 + 3);
        result.Transactions.Should().Be(session.Transactions.Count);
        result.NodesWritten.Should().Be(25 + 25 + 1);
        result.RelationshipsWritten.Should().Be(75);
        result.IsComplete.Should().BeTrue();
        result.Counters["nodes-created"].Should().Be(51 + 75, "the fake counts a created node per row, and the writer sums them");
    }

    [Fact]
    public async Task The_default_batch_is_ten_thousand_rows()
    {
        new Neo4jWriterOptions().BatchSize.Should().Be(10_000);
        var (session, _) = await WriteAsync(() => People(300));
        Of(session, "MERGE (n:Person").Should().ContainSingle();
    }

    [Fact]
    public async Task Every_node_is_written_before_any_relationship()
    {
        var (session, _) = await WriteAsync(() => TestGraphs.WithStrings(TestGraphs.Hostile), NoWaiting with { BatchSize = 7 });

        var kinds = session.Transactions.Select(t => t.Runs[0].Cypher.Contains("MATCH (a:", StringComparison.Ordinal)).ToList();
        kinds.IndexOf(true).Should().BeGreaterThan(0);
        kinds.Skip(kinds.IndexOf(true)).Should().AllBeEquivalentTo(true);
    }

    [Fact]
    public async Task A_rerun_sends_the_same_statements_with_the_same_rows()
    {
        static string Sent(FakeCypherSession s) => JsonSerializer.Serialize(s.Transactions.SelectMany(t => t.Runs).Select(r => new { r.Cypher, r.Parameters }));

        var (first, _) = await WriteAsync(() => TestGraphs.WithStrings(TestGraphs.Hostile), NoWaiting with { BatchSize = 5 });
        var (second, _) = await WriteAsync(() => TestGraphs.WithStrings(TestGraphs.Hostile), NoWaiting with { BatchSize = 5 });

        Sent(second).Should().Be(Sent(first));
        first.Transactions.Should().HaveCountGreaterThan(10);
    }

    [Fact]
    public async Task The_schema_is_applied_statement_by_statement_outside_transactions()
    {
        var session = new FakeCypherSession();
        var applied = await new Neo4jGraphWriter(session).ApplySchemaAsync();

        applied.Should().Equal(SchemaScript.Statements);
        session.AutoCommitRuns.Select(r => r.Cypher).Should().Equal(SchemaScript.Statements);
        session.AutoCommitRuns.Should().AllSatisfy(r => r.Parameters.Should().BeEmpty());
        session.Transactions.Should().BeEmpty();
    }

    [Fact]
    public async Task A_batch_that_fails_for_good_names_its_documents_and_the_others_still_land()
    {
        using var builder = new GraphBuilder();
        foreach (var doc in PeopleDocuments(3, "one").Concat(PeopleDocuments(2, "two"))) builder.Add(doc);
        var session = new FakeCypherSession
        {
            // Statements of document "two" are refused (a constraint, say); it is not transient, so it is tried once.
            Fail = (run, _) => run.Cypher.Contains("MERGE (n:Statement", StringComparison.Ordinal)
                               && FakeCypherSession.Rows(run).Any(r => ((string)((IReadOnlyDictionary<string, object?>)r!)["id"]!).Contains(GraphIds.Hash("two")[..16], StringComparison.Ordinal))
                ? new Neo4jServerException("Neo.ClientError.Schema.ConstraintValidationFailed", "Node already exists", isTransient: false)
                : null,
        };
        using var content = builder.Build();

        var result = await new Neo4jGraphWriter(session, NoWaiting with { BatchSize = 3 }).WriteAsync(content);

        result.IsComplete.Should().BeFalse();
        result.Failures.Should().ContainSingle().Which.Should().BeEquivalentTo(new BatchFailure(
            "2 Statement nodes", 1, "Neo.ClientError.Schema.ConstraintValidationFailed: Node already exists"));
        result.DocumentsNotWritten.Should().Equal(GraphIds.Document(GraphIds.Hash("two")));
        result.StoppedBecause.Should().BeNull();
        // Everything else was still sent and committed.
        session.Transactions.Count(t => !t.Committed).Should().Be(1);
        Of(session, "[r:SAID").Sum(t => FakeCypherSession.Rows(t.Runs[0]).Count).Should().Be(5);
    }

    [Fact]
    public async Task A_failed_entity_batch_names_the_documents_whose_facts_lead_to_those_entities()
    {
        using var builder = new GraphBuilder();
        foreach (var doc in PeopleDocuments(2, "one").Concat(PeopleDocuments(1, "two"))) builder.Add(doc);
        using var content = builder.Build();
        var session = new FakeCypherSession
        {
            // The batch holding person/p001 fails: only document "one" mentions that person.
            Fail = (run, _) => run.Cypher.Contains("MERGE (n:Person", StringComparison.Ordinal)
                               && FakeCypherSession.Rows(run).Any(r => (string)((IReadOnlyDictionary<string, object?>)r!)["id"]! == "person/p001")
                ? new Neo4jServerException("Neo.DatabaseError.General.UnknownError", "disk full", isTransient: false)
                : null,
        };

        var result = await new Neo4jGraphWriter(session, NoWaiting with { BatchSize = 1 }).WriteAsync(content);

        result.DocumentsNotWritten.Should().Equal(GraphIds.Document(GraphIds.Hash("one")));
    }

    [Fact]
    public async Task Transient_errors_and_lost_connections_are_retried()
    {
        var (session, result) = await WriteAsync(() => People(3), setUp: s => s.Fail = (run, call) => call switch
        {
            1 => new Neo4jServerException("Neo.TransientError.Transaction.DeadlockDetected", "deadlock", isTransient: true),
            2 => new Neo4jConnectionException("connection reset by peer"),
            _ => null,
        });

        result.IsComplete.Should().BeTrue();
        session.Transactions.Take(3).Select(t => t.Committed).Should().Equal(false, false, true);
        session.Transactions.Take(3).Select(t => t.Runs[0].Cypher).Distinct().Should().ContainSingle("the same batch is tried again");
        result.Transactions.Should().Be(session.Transactions.Count - 2);
    }

    [Fact]
    public async Task A_transient_error_that_persists_fails_the_batch_after_the_last_attempt()
    {
        var (session, result) = await WriteAsync(() => People(1), NoWaiting with { MaxAttempts = 3 }, s => s.Fail = (run, _) =>
            run.Cypher.Contains("[r:SAID", StringComparison.Ordinal) ? new Neo4jServerException("Neo.TransientError.General.DatabaseUnavailable", "not available", isTransient: true) : null);

        result.Failures.Should().ContainSingle().Which.Attempts.Should().Be(3);
        result.DocumentsNotWritten.Should().Equal(GraphIds.Document(GraphIds.Hash("people")));
        session.Transactions.Count(t => !t.Committed).Should().Be(3);
    }

    [Fact]
    public async Task A_connection_lost_for_good_stops_the_writing_and_names_every_document_not_written()
    {
        using var builder = new GraphBuilder();
        foreach (var doc in PeopleDocuments(2, "one").Concat(PeopleDocuments(2, "two"))) builder.Add(doc);
        using var content = builder.Build();
        var session = new FakeCypherSession
        {
            Fail = (run, _) => run.Cypher.Contains("MERGE (n:Statement", StringComparison.Ordinal)
                ? new Neo4jConnectionException("bolt://fake:7687: connection refused")
                : null,
        };

        var result = await new Neo4jGraphWriter(session, NoWaiting with { MaxAttempts = 2 }).WriteAsync(content);

        result.StoppedBecause.Should().Contain("connection refused");
        result.DocumentsNotWritten.Should().BeEquivalentTo([GraphIds.Document(GraphIds.Hash("one")), GraphIds.Document(GraphIds.Hash("two"))]);
        // Two attempts at the statements, then nothing more was sent.
        session.Transactions.SkipWhile(t => t.Committed).Should().HaveCount(2).And.AllSatisfy(t => t.Committed.Should().BeFalse());
    }

    [Fact]
    public async Task Cancellation_is_not_a_failed_batch()
    {
        using var cancel = new CancellationTokenSource();
        var session = new FakeCypherSession();
        session.Fail = (_, call) =>
        {
            if (call == 2) cancel.Cancel();
            return call == 2 ? new OperationCanceledException(cancel.Token) : null;
        };
        using var content = People(3);

        var write = () => new Neo4jGraphWriter(session, NoWaiting with { BatchSize = 1 }).WriteAsync(content, cancel.Token);

        await write.Should().ThrowAsync<OperationCanceledException>();
    }
}
