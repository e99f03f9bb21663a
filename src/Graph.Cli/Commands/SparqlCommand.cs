using System.CommandLine;
using Graph.Cli.Query;
using Graph.Cli.Neo4j;
using Graph.Cli.Sparql;
using Graph.Neo4j.Database;
using Graph.Rdf.GraphStore;

namespace Graph.Cli.Commands;

/// <summary><c>graph sparql</c>: runs a prepared SPARQL query, or a query file, on any SPARQL 1.1 Protocol endpoint.</summary>
public static class SparqlCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var name = new Argument<string?>("name")
        {
            Description = "The prepared query to run (queries/sparql/NAME.rq; 'graph sparql --list' names them).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        name.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { Length: > 1 } value && value.StartsWith('-')) result.AddError($"unknown option '{value}'");
        });
        var queryFile = new Option<FileInfo?>("--query", "-q")
        {
            Description = "Run this .rq file instead: a prepared query's header and VALUES line are honoured, any other SPARQL query runs as it is.",
            HelpName = "FILE",
        };
        var endpoint = new Option<string?>("--endpoint", "-e")
        {
            Description = "The SPARQL 1.1 query endpoint (Virtuoso: http://HOST:8890/sparql; Fuseki: http://HOST:3030/DATASET/query; " +
                          "Oxigraph: http://HOST:7878/query; GraphDB: http://HOST:7200/repositories/ID).",
            HelpName = "URL",
        };
        var parameters = new Option<string[]>("--param")
        {
            Description = "A parameter as key=value, converted to the type the query's header declares; repeat for each. It replaces the value " +
                          "in the query's VALUES line (or its LIMIT); parameters not given keep what the query says.",
            HelpName = "KEY=VALUE",
        };
        var format = new Option<ResultFormat>("--format", "-f")
        {
            Description = "How to print the rows: table (aligned, long values wrapped), json (the endpoint's SPARQL JSON results) or csv (RFC 4180, with a header).",
            DefaultValueFactory = _ => ResultFormat.Table,
        };
        var print = new Option<bool>("--print")
        {
            Description = "Print the query with the parameters bound instead of running it (to paste into a triplestore's own editor).",
        };
        var list = new Option<bool>("--list")
        {
            Description = "List the prepared queries and their parameters.",
        };
        var sparql = SparqlOptions.Create();

        var command = new Command("sparql",
            "Run a prepared SPARQL query (queries/sparql/NAME.rq) or a query file on a SPARQL 1.1 Protocol endpoint and print the rows.\n\n" +
            "Every prepared query is valid SPARQL as written: its parameters sit in one VALUES line at the top of its WHERE\n" +
            "clause (UNDEF: not given) and its row count in a LIMIT line, so it can be pasted into any triplestore and edited\n" +
            "there; --param rewrites those values and nothing else. The password for --sparql-user comes from $SPARQL_PASSWORD\n" +
            "or is asked for. Exit codes: 0 done, 2 usage error (unknown query or parameter, bad value), 4 the endpoint refused\n" +
            "the query or the credentials, 5 no answer from the endpoint.\n\n" +
            "Examples:\n" +
            "  graph sparql --list\n" +
            "  graph sparql statements-about --param entity=Japan --endpoint http://localhost:8890/sparql\n" +
            "  graph sparql co-mentioned --param limit=10 --format csv --endpoint http://localhost:7878/query\n" +
            "  graph sparql supporters --param entity='Trans-Caspian Fibre Corridor' --print\n" +
            "  graph sparql --query queries/sparql/conflicts.rq --endpoint http://localhost:3030/news/query --format json")
        {
            name, queryFile, endpoint, parameters, format, print, list, sparql.User, sparql.Timeout,
        };

        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            if (parse.GetValue(list))
            {
                foreach (var q in PreparedSparqlQuery.Shipped)
                {
                    await output.WriteLineAsync($"{q.Header.Name}: {q.Header.Description}").ConfigureAwait(false);
                    foreach (var p in q.Header.Parameters)
                    {
                        await output.WriteLineAsync($"    {p.Name} ({p.TypeName}, {(p.IsRequired ? "required" : "optional")}) {p.Description} Example: {p.Example}").ConfigureAwait(false);
                    }
                }
                return ExitCodes.Success;
            }
            var queryName = parse.GetValue(name);
            var file = parse.GetValue(queryFile);
            if ((queryName is null) == (file is null))
            {
                await error.WriteLineAsync(queryName is null
                    ? "graph: error: give the name of a prepared query ('graph sparql --list' names them) or --query FILE"
                    : "graph: error: give a query name or --query FILE, not both").ConfigureAwait(false);
                return ExitCodes.UsageError;
            }
            PreparedSparqlQuery query;
            if (queryName is not null)
            {
                if (PreparedSparqlQuery.Find(queryName) is not { } shipped)
                {
                    await error.WriteLineAsync($"graph: error: no prepared SPARQL query '{queryName}'" +
                        NearNames.DidYouMean(queryName, PreparedSparqlQuery.Shipped.Select(q => q.Header.Name)) + " Run 'graph sparql --list' to list them.").ConfigureAwait(false);
                    return ExitCodes.UsageError;
                }
                query = shipped;
            }
            else
            {
                try
                {
                    query = PreparedSparqlQuery.Load(file!.FullName);
                }
                catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException)
                {
                    await error.WriteLineAsync($"graph: error: {e.Message}").ConfigureAwait(false);
                    return ExitCodes.UsageError;
                }
            }
            var given = parse.GetValue(parameters) ?? [];
            var problems = new List<string>();
            var values = QueryParameters.Build(given, query.Header, problems);
            // A query file runs as its user edited it: only a shipped query insists on its required parameters.
            if (queryName is null) problems.RemoveAll(p => p.Contains(" needs --param ", StringComparison.Ordinal));
            if (problems.Count > 0)
            {
                foreach (var problem in problems) await error.WriteLineAsync($"graph: error: {problem}").ConfigureAwait(false);
                return ExitCodes.UsageError;
            }
            var givenNames = given.Select(g => g.Split('=', 2)[0].Trim().TrimStart('$')).ToHashSet(StringComparer.Ordinal);
            var text = query.Bind(values.Where(v => givenNames.Contains(v.Key)).ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal));
            if (parse.GetValue(print))
            {
                await output.WriteAsync(text).ConfigureAwait(false);
                return ExitCodes.Success;
            }
            if (parse.GetValue(endpoint) is not { } endpointText)
            {
                await error.WriteLineAsync("graph: error: --endpoint URL is needed to run the query (or --print to show it)").ConfigureAwait(false);
                return ExitCodes.UsageError;
            }
            if (!Uri.TryCreate(endpointText, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https") || url.UserInfo.Length > 0)
            {
                await error.WriteLineAsync($"graph: error: --endpoint must be an http:// or https:// URL without credentials (give the user with --sparql-user)").ConfigureAwait(false);
                return ExitCodes.UsageError;
            }
            if (!sparql.TryCredential(parse, environment, error, url, out var credential)) return ExitCodes.UsageError;
            using var client = new SparqlQueryClient(new GraphStoreOptions
            {
                Endpoint = url,
                Credential = credential,
                RequestTimeout = TimeSpan.FromSeconds(parse.GetValue(sparql.Timeout)),
            });
            SparqlResults results;
            try
            {
                results = await client.SelectAsync(text, cancellationToken).ConfigureAwait(false);
            }
            catch (GraphStoreException e)
            {
                await error.WriteLineAsync($"graph: error: {Graph.Documents.DisplayText.Escape(e.Message)}").ConfigureAwait(false);
                return e.Status is null ? ExitCodes.Unavailable : ExitCodes.ServerError;
            }
            if (parse.GetValue(format) == ResultFormat.Json)
            {
                await output.WriteLineAsync(results.Json.TrimEnd()).ConfigureAwait(false);
                return ExitCodes.Success;
            }
            var table = new CypherResult(results.Variables, results.Rows.Select(r => (IReadOnlyList<object?>)r.Cast<object?>().ToArray()).ToArray(), new Dictionary<string, long>());
            if (parse.GetValue(format) == ResultFormat.Csv) CsvResultWriter.Write(table, output);
            else TableResultWriter.Write(table, output);
            return ExitCodes.Success;
        });
        return command;
    }
}
