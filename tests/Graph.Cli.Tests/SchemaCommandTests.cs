using Graph.Cli.Neo4j;
using Graph.Neo4j.Database;
using Graph.Neo4j.Export;

namespace Graph.Cli.Tests;

public class SchemaCommandTests
{
    [Fact]
    public async Task Schema_apply_runs_every_statement_of_the_schema_and_names_what_exists_now()
    {
        var neo4j = new FakeNeo4j();
        neo4j.Variables[Neo4jEnvironmentVariables.Password] = "pw";

        var run = await neo4j.RunAsync("schema", "apply", "--database", "news");

        run.ExitCode.Should().Be(0, run.ToString());
        neo4j.Runs.Select(r => r.Cypher).Should().Equal(SchemaScript.Statements);
        neo4j.Runs.Should().AllSatisfy(r => r.InTransaction.Should().BeFalse());
        run.Output.Should().Contain($"{SchemaScript.Statements.Count} statements applied to neo4j://localhost:7687 (database news)")
            .And.Contain("  constraint person_id").And.Contain("  fulltext index entity_names");
        neo4j.Disposed.Should().BeTrue();
    }

    [Fact]
    public async Task A_connection_that_cannot_be_made_says_where_it_tried_and_why()
    {
        var neo4j = new FakeNeo4j { Answer = _ => throw new Neo4jConnectionException("localhost:7687: Connection refused") };
        neo4j.Variables[Neo4jEnvironmentVariables.Password] = "pw";

        var run = await neo4j.RunAsync("schema", "apply", "--neo4j", "bolt://localhost:7687");

        run.ExitCode.Should().Be(ExitCodes.Unavailable);
        run.Error.Should().Be("graph: error: cannot connect to Neo4j at bolt://localhost:7687: localhost:7687: Connection refused\n");
    }

    [Fact]
    public async Task Schema_without_a_subcommand_is_a_usage_error()
    {
        var run = await new FakeNeo4j().RunAsync("schema");
        run.ExitCode.Should().Be(ExitCodes.UsageError);
    }
}
