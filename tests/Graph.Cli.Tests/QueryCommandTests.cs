using System.Text.Json;
using Graph.Cli.Neo4j;
using Graph.Cli.Query;
using Graph.Neo4j.Database;
using Graph.Neo4j.Queries;

namespace Graph.Cli.Tests;

/// <summary><c>graph query</c> and <c>graph queries</c> against a fake Neo4j.</summary>
public class QueryCommandTests
{
    private static FakeNeo4j Server(CypherResult? answer = null)
    {
        var neo4j = new FakeNeo4j();
        neo4j.Variables[Neo4jEnvironmentVariables.Password] = "pw";
        if (answer is not null) neo4j.Answer = _ => answer;
        return neo4j;
    }

    private static readonly CypherResult Statements = new(
        ["speaker", "date", "statement", "about"],
        [
            ["Tomas Varga", new DateOnly(2023, 6, 8), "Hungary will remain committed to the project, he said, \"whatever it costs\".", new List<object?> { "Hungary", "Lake Chad Water Transfer Project" }],
            ["Amina Okafor", null, "Nigeria supports it", new List<object?>()],
        ],
        new Dictionary<string, long>());

    [Fact]
    public async Task Queries_lists_at_least_ten_with_descriptions_parameters_and_examples()
    {
        var run = await new FakeNeo4j().RunAsync("queries");

        run.ExitCode.Should().Be(0, run.ToString());
        // Descriptions wrap: compare with runs of blanks made one space.
        var flat = System.Text.RegularExpressions.Regex.Replace(run.Output, @"\s+", " ");
        foreach (var query in PreparedQueryCatalog.Shipped)
        {
            run.Output.Should().Contain("\n" + query.Name + "\n");
            flat.Should().Contain(query.Description);
            run.Output.Should().Contain("  e.g. " + query.ExampleCommand() + "\n");
        }
        PreparedQueryCatalog.Shipped.Should().HaveCountGreaterThanOrEqualTo(10);
        flat.Should().Contain("$entity").And.Contain("string, required").And.Contain("integer, default 100").And.Contain("Example: Japan");
    }

    [Fact]
    public async Task A_prepared_query_runs_with_typed_parameters_and_defaults()
    {
        var neo4j = Server(Statements);

        var run = await neo4j.RunAsync("query", "person-statements", "--param", "person=Tomas Varga", "--param", "from=2020-01-01");

        run.ExitCode.Should().Be(0, run.ToString());
        var sent = neo4j.Runs.Should().ContainSingle().Subject;
        sent.Cypher.Should().Be(PreparedQueryCatalog.Find("person-statements")!.Cypher);
        sent.Parameters.Should().BeEquivalentTo(new Dictionary<string, object?>
        {
            ["person"] = "Tomas Varga",
            ["from"] = new DateOnly(2020, 1, 1),
            ["to"] = null,
        });
    }

    [Fact]
    public async Task The_table_aligns_columns_and_wraps_long_values()
    {
        var run = await Server(Statements).RunAsync("query", "statements-about", "--param", "entity=hungary");

        run.ExitCode.Should().Be(0, run.ToString());
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().StartWith("+-").And.EndWith("-+");
        lines[1].Should().MatchRegex(@"^\| speaker +\| date +\| statement +\| about +\|$");
        lines.Take(lines.Length - 1).Select(l => l.Length).Distinct().Should().ContainSingle("every line of the table is as wide");
        run.Output.Should().Contain("| Tomas Varga ").And.Contain("| 2023-06-08 |").And.Contain("[\"Hungary\", \"Lake Chad Water Transfer Project\"]");
        lines[^1].Should().Be("2 rows");
    }

    [Fact]
    public async Task Json_output_is_an_array_of_objects_one_per_line()
    {
        var run = await Server(Statements).RunAsync("query", "statements-about", "--param", "entity=Hungary", "--format", "json");

        run.ExitCode.Should().Be(0, run.ToString());
        var records = JsonDocument.Parse(run.Output).RootElement;
        records.GetArrayLength().Should().Be(2);
        records[0].GetProperty("date").GetString().Should().Be("2023-06-08");
        records[0].GetProperty("about")[1].GetString().Should().Be("Lake Chad Water Transfer Project");
        records[1].GetProperty("date").ValueKind.Should().Be(JsonValueKind.Null);
        run.Output.Split('\n').Should().HaveCount(5, "[, two records, ], and the final newline");
    }

    [Fact]
    public async Task Csv_output_follows_rfc_4180()
    {
        var run = await Server(Statements).RunAsync("query", "statements-about", "--param", "entity=Hungary", "--format", "csv");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Output.Should().Be(
            "speaker,date,statement,about\r\n" +
            "Tomas Varga,2023-06-08,\"Hungary will remain committed to the project, he said, \"\"whatever it costs\"\".\",\"[\"\"Hungary\"\", \"\"Lake Chad Water Transfer Project\"\"]\"\r\n" +
            "Amina Okafor,,Nigeria supports it,[]\r\n");
    }

    [Fact]
    public async Task Nodes_relationships_and_paths_print_in_cypher_notation()
    {
        var japan = new CypherNode("4:x:1", ["Country", "Entity"], new Dictionary<string, object?> { ["name"] = "Japan", ["id"] = "JPN" });
        var kenya = new CypherNode("4:x:2", ["Country", "Entity"], new Dictionary<string, object?> { ["name"] = "Kenya" });
        var supports = new CypherRelationship("5:x:1", "SUPPORTS", "4:x:1", "4:x:2", new Dictionary<string, object?> { ["confidence"] = 0.7 });
        var result = new CypherResult(["p"], [[new CypherPath([kenya, japan], [supports])]], new Dictionary<string, long>());

        var table = await Server(result).RunAsync("query", "--cypher", "MATCH p = (:Country)--(:Country) RETURN p");
        var json = await Server(result).RunAsync("query", "--cypher", "MATCH p = (:Country)--(:Country) RETURN p", "--format", "json");

        CypherValueText.Format(result.Records[0][0]).Should().Be("(:Country:Entity {name: \"Kenya\"})<-[:SUPPORTS {confidence: 0.7}]-(:Country:Entity {id: \"JPN\", name: \"Japan\"})");
        table.Output.Should().Contain("(:Country:Entity {name: \"Kenya\"})<-[:SUPPORTS");
        var path = JsonDocument.Parse(json.Output).RootElement[0].GetProperty("p");
        path.GetProperty("nodes")[1].GetProperty("labels")[0].GetString().Should().Be("Country");
        path.GetProperty("relationships")[0].GetProperty("properties").GetProperty("confidence").GetDouble().Should().Be(0.7);
    }

    [Fact]
    public async Task An_ad_hoc_statement_types_parameters_by_their_look_and_reports_changes()
    {
        var neo4j = Server(new CypherResult([], [], new Dictionary<string, long> { ["nodes-created"] = 1, ["properties-set"] = 2 }));

        var run = await neo4j.RunAsync("query", "--cypher", "CREATE (:Note {n: $n, x: $x, d: $d, s: $s, q: $q})",
            "--param", "n=5", "--param", "x=0.5", "--param", "d=2021-04-07", "--param", "s=Lavrov", "--param", "q='1984'");

        run.ExitCode.Should().Be(0, run.ToString());
        neo4j.Runs.Single().Parameters.Should().BeEquivalentTo(new Dictionary<string, object?>
        {
            ["n"] = 5L, ["x"] = 0.5, ["d"] = new DateOnly(2021, 4, 7), ["s"] = "Lavrov", ["q"] = "1984",
        });
        run.Output.Should().Be("0 rows\n");
        run.Error.Should().Contain("1 nodes-created, 2 properties-set");
    }

    [Fact]
    public async Task A_server_error_prints_neo4j_code_and_message_and_exits_non_zero()
    {
        var neo4j = Server();
        neo4j.Answer = _ => throw new Neo4jServerException("Neo.ClientError.Statement.SyntaxError", "Invalid input 'RETRN': expected 'RETURN' (line 1, column 1 (offset: 0))", false);

        var run = await neo4j.RunAsync("query", "--cypher", "RETRN 1");

        run.ExitCode.Should().Be(ExitCodes.ServerError);
        run.Error.Should().Be("graph: error: Neo.ClientError.Statement.SyntaxError: Invalid input 'RETRN': expected 'RETURN' (line 1, column 1 (offset: 0))\n");
        run.Output.Should().BeEmpty();
    }

    [Fact]
    public async Task A_connection_failure_says_where_it_tried_and_why()
    {
        var neo4j = Server();
        neo4j.Answer = _ => throw new Neo4jConnectionException("db.example.org:7687: No such host is known");

        var run = await neo4j.RunAsync("query", "most-connected", "--neo4j", "neo4j+s://db.example.org", "--database", "news");

        run.ExitCode.Should().Be(ExitCodes.Unavailable);
        run.Error.Should().Contain("cannot connect to Neo4j at neo4j+s://db.example.org (database news): db.example.org:7687: No such host is known");
    }

    [Theory]
    [InlineData(new[] { "query", "statements-about" }, "statements-about needs --param entity=... (string")]
    [InlineData(new[] { "query", "statements-about", "--param", "entity=Japan", "--param", "limt=3" }, "statements-about has no parameter 'limt'; its parameters are entity, limit")]
    [InlineData(new[] { "query", "statements-about", "--param", "entity=Japan", "--param", "limit=many" }, "--param limit: 'many' is not an integer")]
    [InlineData(new[] { "query", "statements-about", "--param", "Japan" }, "--param 'Japan' is not key=value")]
    [InlineData(new[] { "query", "statements" }, "no prepared query 'statements'; did you mean person-statements or statements-about?")]
    [InlineData(new[] { "query" }, "give the name of a prepared query")]
    [InlineData(new[] { "query", "most-connected", "--cypher", "RETURN 1" }, "not both")]
    [InlineData(new[] { "query", "most-connected", "--format", "xml" }, "xml")]
    public async Task Mistakes_are_usage_errors_that_say_what_to_do(string[] args, string message)
    {
        var neo4j = Server();

        var run = await neo4j.RunAsync(args);

        run.ExitCode.Should().Be(ExitCodes.UsageError, run.ToString());
        run.Error.Should().Contain(message);
        neo4j.Runs.Should().BeEmpty();
    }

    [Fact]
    public async Task A_query_file_of_the_users_runs_like_a_prepared_one()
    {
        using var temp = new TempFolder();
        var path = temp.Write("mine.cypher", "// Name: mine\n// Description: Mine.\n// Parameters:\n//   $n (integer, required) N. Example: 1\nRETURN $n AS n;\n");
        var neo4j = Server(new CypherResult(["n"], [[1L]], new Dictionary<string, long>()));

        var run = await neo4j.RunAsync("query", path, "--param", "n=1");

        run.ExitCode.Should().Be(0, run.ToString());
        neo4j.Runs.Single().Cypher.Should().Be("RETURN $n AS n");
        neo4j.Runs.Single().Parameters["n"].Should().Be(1L);
    }
}
