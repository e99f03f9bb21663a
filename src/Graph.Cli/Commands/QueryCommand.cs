using System.CommandLine;
using Graph.Cli.Neo4j;
using Graph.Cli.Query;
using Graph.Neo4j.Database;
using Graph.Neo4j.Queries;

namespace Graph.Cli.Commands;

/// <summary><c>graph query</c>: runs a prepared query or an ad-hoc statement against Neo4j and prints the records.</summary>
public static class QueryCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var name = new Argument<string?>("name")
        {
            Description = "The prepared query to run ('graph queries' lists them), or a .cypher file with the same kind of header.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var cypher = new Option<string?>("--cypher", "-c")
        {
            Description = "Run this Cypher statement instead of a prepared query.",
            HelpName = "STATEMENT",
        };
        var parameters = new Option<string[]>("--param")
        {
            Description = "A parameter as key=value; repeat for each. A prepared query converts values to the types its header declares; " +
                          "for --cypher, integers, floats, true/false, null and YYYY-MM-DD dates are typed by their look, anything in quotes is a string.",
            HelpName = "KEY=VALUE",
        };
        var format = new Option<ResultFormat>("--format", "-f")
        {
            Description = "How to print the records: table (aligned, long values wrapped), json (an array of objects, one per line) or csv (RFC 4180, with a header).",
            DefaultValueFactory = _ => ResultFormat.Table,
        };
        var neo4j = Neo4jOptions.Create("The server to query.");

        var command = new Command("query",
            "Run a prepared query (queries/cypher/NAME.cypher) or an ad-hoc Cypher statement against Neo4j and print the records.\n\n" +
            "A server error prints Neo4j's code and message. Exit codes: 0 done, 2 usage error (unknown query, missing or\n" +
            "malformed parameter, no password), 4 the server refused the statement or the credentials, 5 no connection.\n\n" +
            "Examples:\n" +
            "  graph queries                                            list the prepared queries and their parameters\n" +
            "  graph query statements-about --param entity=Japan\n" +
            "  graph query person-statements --param person='Tomas Varga' --param from=2020-01-01 --format csv\n" +
            "  graph query shortest-path --param from=Kenya --param to=Sudan --neo4j bolt://db.example.org:7687\n" +
            "  graph query --cypher 'MATCH (p:Person) RETURN p.name AS name ORDER BY name LIMIT $n' --param n=5 --format json")
        {
            name, cypher, parameters, format,
        };
        foreach (var option in neo4j.All) command.Options.Add(option);
        command.Validators.Add(result =>
        {
            var hasName = result.GetValue(name) is { Length: > 0 };
            var hasCypher = result.GetValue(cypher) is { Length: > 0 };
            if (hasName == hasCypher)
            {
                result.AddError(hasName
                    ? "give a query name or --cypher, not both"
                    : "give the name of a prepared query ('graph queries' lists them) or a statement with --cypher");
            }
        });

        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            PreparedQuery? query = null;
            if (parse.GetValue(name) is { Length: > 0 } queryName)
            {
                query = Find(queryName, error);
                if (query is null) return ExitCodes.UsageError;
            }
            var problems = new List<string>();
            var values = QueryParameters.Build(parse.GetValue(parameters) ?? [], query, problems);
            if (problems.Count > 0)
            {
                foreach (var problem in problems) await error.WriteLineAsync($"graph: error: {problem}").ConfigureAwait(false);
                return ExitCodes.UsageError;
            }
            var connection = neo4j.Resolve(parse, environment, error);
            if (connection is null) return ExitCodes.UsageError;

            CypherResult result;
            try
            {
                var session = environment.Connect(connection);
                await using (session.ConfigureAwait(false))
                {
                    result = await session.RunAsync(query?.Cypher ?? parse.GetValue(cypher)!, values, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (Exception e) when (Neo4jErrors.IsReported(e))
            {
                return Neo4jErrors.Report(e, connection, error);
            }

            switch (parse.GetValue(format))
            {
                case ResultFormat.Json: JsonResultWriter.Write(result, output); break;
                case ResultFormat.Csv: CsvResultWriter.Write(result, output); break;
                default: TableResultWriter.Write(result, output); break;
            }
            var changes = result.Counters.Where(c => c.Value != 0).Select(c => $"{c.Value} {c.Key}").ToArray();
            if (changes.Length > 0) await error.WriteLineAsync($"graph query: {string.Join(", ", changes)}").ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>A shipped query by name, or a query file; null with the reason printed when there is neither.</summary>
    private static PreparedQuery? Find(string name, TextWriter error)
    {
        if (PreparedQueryCatalog.Find(name) is { } shipped) return shipped;
        if (name.EndsWith(".cypher", StringComparison.OrdinalIgnoreCase) && File.Exists(name))
        {
            try
            {
                return PreparedQueryCatalog.Load(name);
            }
            catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"graph: error: {e.Message}");
                return null;
            }
        }
        error.WriteLine($"graph: error: no prepared query '{name}'" + NearNames.DidYouMean(name, PreparedQueryCatalog.Shipped.Select(q => q.Name)) +
                        " Run 'graph queries' to list them.");
        return null;
    }
}
