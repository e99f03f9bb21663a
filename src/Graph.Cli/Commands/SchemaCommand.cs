using System.CommandLine;
using System.Text.RegularExpressions;
using Graph.Cli.Neo4j;
using Graph.Neo4j.Writing;

namespace Graph.Cli.Commands;

/// <summary><c>graph schema apply</c>: the constraints and indexes of graph-schema/schema.cypher, applied to Neo4j.</summary>
public static partial class SchemaCommand
{
    [GeneratedRegex(@"^CREATE (?<kind>CONSTRAINT|INDEX|FULLTEXT INDEX) (?<name>\w+)", RegexOptions.CultureInvariant)]
    private static partial Regex SchemaItem();

    /// <summary>Builds the command and its <c>apply</c> subcommand.</summary>
    public static Command Create(CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var neo4j = Neo4jOptions.Create("The server to apply the schema to.");
        var apply = new Command("apply",
            "Create the uniqueness constraints on id (one per label), the indexes and the full-text index entity_names of\n" +
            "graph-schema/schema.cypher in Neo4j. Every statement says IF NOT EXISTS, so applying twice changes nothing.\n" +
            "'graph import --neo4j' applies the schema itself; this command is for preparing a database ahead of time.\n" +
            "Exit codes: 0 applied, 2 usage error, 4 the server refused a statement, 5 no connection.\n\n" +
            "Examples:\n" +
            "  graph schema apply\n" +
            "  NEO4J_URI=bolt://db.example.org:7687 NEO4J_PASSWORD=... graph schema apply --database news");
        foreach (var option in neo4j.All) apply.Options.Add(option);
        apply.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var connection = neo4j.Resolve(parse, environment, error);
            if (connection is null) return ExitCodes.UsageError;
            IReadOnlyList<string> applied;
            try
            {
                var session = environment.Connect(connection);
                await using (session.ConfigureAwait(false))
                {
                    applied = await new Neo4jGraphWriter(session).ApplySchemaAsync(cancellationToken).ConfigureAwait(false);
                }
            }
            catch (Exception e) when (Neo4jErrors.IsReported(e))
            {
                return Neo4jErrors.Report(e, connection, error);
            }
            await output.WriteLineAsync($"graph schema: {applied.Count} statements applied to {connection.Target}").ConfigureAwait(false);
            foreach (var statement in applied)
            {
                var match = SchemaItem().Match(statement);
                await output.WriteLineAsync(match.Success ? $"  {match.Groups["kind"].Value.ToLowerInvariant()} {match.Groups["name"].Value}" : "  " + statement).ConfigureAwait(false);
            }
            return ExitCodes.Success;
        });

        var schema = new Command("schema", "The Neo4j schema: constraints and indexes (graph-schema/schema.cypher).\n\nExamples:\n  graph schema apply");
        schema.Subcommands.Add(apply);
        return schema;
    }
}
