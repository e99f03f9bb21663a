using System.CommandLine;
using Graph.Cli.Neo4j;
using Graph.Neo4j.Writing;
using Graph.Rdf;
using Graph.Rdf.GraphStore;

namespace Graph.Cli.Commands;

/// <summary><c>graph retract</c>: takes documents back out of a Neo4j graph.</summary>
public static class RetractCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var documents = new Argument<string[]>("documents")
        {
            Description = "The documents to take out: document ids (doc/…), JSON Lines ids, or paths as they were imported.",
            Arity = ArgumentArity.OneOrMore,
        };
        var neo4j = Neo4jOptions.Create("The Neo4j server to take the documents out of.");
        var sparql = SparqlOptions.Create();
        var updateEndpoint = SparqlOptions.CreateUpdateEndpoint(
            "Also take the documents out of this triplestore, with one SPARQL 1.1 Update at its update endpoint (for Virtuoso " +
            "http://HOST:8890/sparql-auth): their named graphs are emptied, and the entity graph loses what only they supported. " +
            "Authenticates as --sparql-user, password from $SPARQL_PASSWORD.");
        var baseIri = new Option<string>("--base-iri")
        {
            Description = $"The base of the data IRIs the documents were imported with (graph import --base-iri). Default: {RdfDataIris.DefaultBase}.",
            DefaultValueFactory = _ => RdfDataIris.DefaultBase,
            HelpName = "IRI",
        };
        var batchSize = new Option<int>("--batch-size")
        {
            Description = "Documents per transaction.",
            DefaultValueFactory = _ => 500,
            HelpName = "N",
        };
        batchSize.Validators.Add(result =>
        {
            if (OptionValues.Of<int>(result) < 1) result.AddError("--batch-size must be 1 or more");
        });
        var command = new Command("retract",
            "Take documents back out of a Neo4j graph: their statements, SAID, ABOUT, REPORTED_IN and MENTIONS, the\n" +
            "SUPPORTS and COMMITTED_TO they state, and their share of REPRESENTS, INVOLVES and PART_OF (a fact another\n" +
            "document also states stays). An entity goes only when no document mentions it any more. Retracting a\n" +
            "document that is not there changes nothing, so the command can be run again after an interruption.\n" +
            "(Importing a changed text of a document, with the same JSON Lines id or path, replaces it by itself.)\n" +
            "With --sparql-update-endpoint, takes them out of a triplestore too (or only, without --neo4j).\n" +
            "Exit codes: 0 done (documents not found in Neo4j are named), 1 the triplestore refused the update, 2 usage\n" +
            "error, 4 Neo4j refused a statement, 5 no connection to Neo4j.\n\n" +
            "Examples:\n" +
            "  graph retract samples/no-date-summit.txt --neo4j bolt://localhost:7687\n" +
            "  graph retract doc/6f01690b34ef76d7 feed-item-118 --neo4j\n" +
            "  SPARQL_PASSWORD=... graph retract feed-item-118 --sparql-update-endpoint http://localhost:8890/sparql-auth --sparql-user dba")
        {
            documents, batchSize, updateEndpoint, sparql.User, baseIri,
        };
        foreach (var option in neo4j.All) command.Options.Add(option);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            // A file named by its path is known by the name graph import stored it under (from the input root's name on
            // when the path is absolute), so the same path finds it.
            var keys = (parse.GetValue(documents) ?? []).Select(k => File.Exists(k) ? Graph.Documents.DocumentReader.SourceName(k, k) : k).ToArray();
            var toStore = parse.GetValue(updateEndpoint);
            if (!neo4j.IsGiven(parse) && toStore is null)
            {
                await error.WriteLineAsync("graph retract: say where to take the documents out of: --neo4j URI, --sparql-update-endpoint URL, or both").ConfigureAwait(false);
                return ExitCodes.UsageError;
            }
            if (toStore is not null)
            {
                if (!sparql.TryCredential(parse, environment, error, toStore, out var credential)) return ExitCodes.UsageError;
                using var client = new GraphStoreClient(new GraphStoreOptions { Endpoint = toStore, Credential = credential });
                try
                {
                    await GraphStoreRetraction.RetractAsync(client, toStore, keys, new RdfDataIris(parse.GetValue(baseIri)!), cancellationToken).ConfigureAwait(false);
                    await output.WriteLineAsync($"graph retract: the documents' graphs emptied in the triplestore at {toStore.AbsoluteUri}, and the entity graph cleaned of what only they supported").ConfigureAwait(false);
                }
                catch (GraphStoreException e)
                {
                    await error.WriteLineAsync($"graph retract: the triplestore at {toStore.AbsoluteUri} refused the retraction: {e.Message}").ConfigureAwait(false);
                    return ExitCodes.PartialFailure;
                }
                if (!neo4j.IsGiven(parse)) return ExitCodes.Success;
            }
            var connection = neo4j.Resolve(parse, environment, error);
            if (connection is null) return ExitCodes.UsageError;
            try
            {
                var session = environment.Connect(connection);
                await using (session.ConfigureAwait(false))
                {
                    var retraction = new Neo4jRetraction(session, parse.GetValue(batchSize));
                    var found = new List<string>();
                    foreach (var key in keys)
                    {
                        var ids = await retraction.FindAsync([key], cancellationToken).ConfigureAwait(false);
                        if (ids.Count == 0) await error.WriteLineAsync($"graph retract: {Printable(key)}: no such document in {connection.Target}; nothing to take out").ConfigureAwait(false);
                        found.AddRange(ids);
                    }
                    var result = await retraction.RetractAsync(found, cancellationToken).ConfigureAwait(false);
                    await output.WriteLineAsync(
                        $"graph retract: {result.Documents} documents taken out of {connection.Target}; {result.EntitiesDeleted} entities no other document mentions went with them " +
                        $"({result.Counters.GetValueOrDefault("nodes-deleted")} nodes and {result.Counters.GetValueOrDefault("relationships-deleted")} relationships deleted)").ConfigureAwait(false);
                }
            }
            catch (Exception e) when (Neo4jErrors.IsReported(e))
            {
                return Neo4jErrors.Report(e, connection, error);
            }
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>A user's text with control characters shown as escapes, so it cannot drive the terminal.</summary>
    private static string Printable(string text) =>
        string.Concat(text.Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString()));
}
