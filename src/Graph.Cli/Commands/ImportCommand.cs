using System.CommandLine;
using System.Globalization;
using Graph.Cli.Import;
using Graph.Cli.Neo4j;
using Graph.Documents;
using Graph.Extraction.Pipeline;
using Graph.Import;
using Graph.Model;
using Graph.Neo4j.Writing;
using Graph.Rdf;
using Graph.Rdf.GraphStore;

namespace Graph.Cli.Commands;

/// <summary><c>graph import</c>: articles in, graph files out.</summary>
public static class ImportCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliEnvironment? environment = null)
    {
        environment ??= CliEnvironment.Default;
        var inputs = InputsArgument.Create("Files, folders (read recursively) or '-' for standard input. Plain text (.txt), JSON Lines (.jsonl: {\"id\",\"date\",\"title\",\"text\",\"url\"}, only text required, or \"html\" in place of text), saved web pages (.html, .htm: the article without the page around it), PDF (.pdf) and Word (.docx).");
        var output = new Option<string>("--out", "-o")
        {
            Description = "Folder to write the graph files to; created if missing, files in it replaced.",
            DefaultValueFactory = _ => "graph-out",
            HelpName = "DIR",
        };
        var formats = new Option<string[]>("--format", "-f")
        {
            Description = $"Output formats, comma-separated or repeated: nt, ttl, nq, trig, jsonld (graph.nt, graph.ttl, graph.nq, graph.trig, graph.jsonld: RDF), jsonl (graph.jsonl, APOC JSON Lines), cypher (import.cypher), csv (neo4j-admin/: the CSV files of Neo4j's bulk importer and import.sh, the command that loads them into a new database), or all. Default: ttl, jsonl, cypher (every fact once for RDF and for Neo4j; the README says which file serves which tool).",
            AllowMultipleArgumentsPerToken = true,
            HelpName = "FORMATS",
        };
        var baseIri = new Option<string>("--base-iri")
        {
            Description = $"Base of the RDF data IRIs: a node's IRI is this plus its id (percent-encoded where needed). Must end in '/' or '#'. Default: {RdfDataIris.DefaultBase}.",
            DefaultValueFactory = _ => RdfDataIris.DefaultBase,
            HelpName = "IRI",
        };
        var include = ExtractionOptions.CreateIncludeOption();
        var inputFormat = ExtractionOptions.CreateInputFormatOption();
        var jobs = ExtractionOptions.CreateJobsOption();
        var gazetteer = ExtractionOptions.CreateGazetteerOption();
        var maxDocument = ExtractionOptions.CreateMaxDocumentOption();
        var identities = new Option<FileInfo?>("--identities")
        {
            Description = "Your decisions on which entities are one: a YAML (.yaml/.yml) or tab-separated file of 'merge' and 'split' " +
                "decisions (README, \"Identity of entities\"), applied after the automatic rules to files, Neo4j and RDF alike. " +
                "'graph identities suggest' proposes merges to paste into it.",
            HelpName = "FILE",
        };
        var quiet = ExtractionOptions.CreateQuietOption();
        var neo4j = Neo4jOptions.Create(
            "Write the graph to this Neo4j server (after applying graph-schema/schema.cypher) instead of files; give --out or --format to write files too.");
        var sparql = SparqlOptions.Create();
        var updateEndpoint = SparqlOptions.CreateUpdateEndpoint(
            "With --sparql-endpoint: the store's SPARQL 1.1 update endpoint on the same server (Virtuoso: http://HOST:8890/sparql-auth). " +
            "The graphs of documents with the keys being imported are cleared first, so a changed text (same JSON Lines id or path) " +
            "replaces its earlier version instead of standing beside it.");
        var batchSize = new Option<int>("--batch-size")
        {
            Description = "Rows per transaction when writing to Neo4j: one UNWIND statement of one label or relationship shape.",
            DefaultValueFactory = _ => Neo4jWriterOptions.DefaultBatchSize,
            HelpName = "N",
        };

        formats.Validators.Add(result =>
        {
            foreach (var f in SplitList(result.GetValueOrDefault<string[]>() ?? []))
            {
                if (f != "all" && !ImportFormats.All.Contains(f)) result.AddError($"unknown format '{f}' for --format; choose from {string.Join(", ", ImportFormats.All)} or all");
            }
        });
        baseIri.Validators.Add(result =>
        {
            if (RdfDataIris.Validate(result.GetValueOrDefault<string>()) is { } problem) result.AddError($"--base-iri: {problem}");
        });
        batchSize.Validators.Add(result =>
        {
            if (OptionValues.Of<int>(result) < 1) result.AddError("--batch-size must be 1 or more");
        });

        var command = new Command("import",
            "Read articles and write the knowledge graph as server-free files, or to Neo4j.\n\n" +
            "Writes graph.ttl (RDF Turtle; data IRIs under --base-iri), graph.jsonl (APOC JSON Lines: apoc.import.json reads\n" +
            "it) and import.cypher (constraints, then idempotent UNWIND ... MERGE batches for cypher-shell -f or Neo4j\n" +
            "Browser); --format adds N-Triples, N-Quads, TriG, JSON-LD and the CSV files of Neo4j's bulk importer.\n" +
            "The files replace the earlier ones together once all are written; Ctrl-C or an error leaves the earlier\n" +
            "ones as they were, and a second import into the same folder waits for none: it stops with a message.\n" +
            "With --neo4j, applies the schema and merges the graph into the database in transactions of --batch-size\n" +
            "rows: importing twice changes nothing, new documents merge into what is there. The password comes from\n" +
            "$NEO4J_PASSWORD or is asked for; the URI,\n" +
            "user and database may come from $NEO4J_URI, $NEO4J_USERNAME and $NEO4J_DATABASE. A summary goes to standard\n" +
            "error. Exit codes: 0 all documents imported, 1 some inputs failed or some documents' facts did not reach\n" +
            "Neo4j (each named; the rest imported; run the same command again to complete it), 2 usage error, 3 the\n" +
            "output could not be written, 4 Neo4j refused the schema or the credentials, 5 no connection to Neo4j.\n" +
            "With --sparql-endpoint, also replaces each named graph in a triplestore (SPARQL 1.1 Graph Store HTTP Protocol PUT;\n" +
            "the entities go to the named graph <BASE>graph/entities); the password for --sparql-user comes from $SPARQL_PASSWORD\n" +
            "or is asked for. Graphs the store refused are named in the summary with exit code 1; run again to complete.\n\n" +
            "Examples:\n" +
            "  graph import samples/\n" +
            "  graph import samples/ --include '*.txt' --out samples-graph\n" +
            "  graph import samples/articles.jsonl --format cypher -q\n" +
            "  graph import samples/ --format csv --out bulk     (then: sh bulk/neo4j-admin/import.sh DATABASE)\n" +
            "  graph import samples/ --format all\n" +
            "  graph import samples/ --identities samples/identities.yaml\n" +
            "  cat samples/no-date-summit.txt | graph import - --out one\n" +
            "  graph import samples/ --neo4j bolt://localhost:7687 --user neo4j --database news\n" +
            "  NEO4J_URI=neo4j+s://db.example.org NEO4J_PASSWORD=... graph import samples/ --neo4j\n" +
            "  SPARQL_PASSWORD=... graph import samples/ --sparql-endpoint http://localhost:8890/sparql-graph-crud-auth \\\n" +
            "      --sparql-graph-param graph-uri --sparql-user dba")
        {
            inputs, output, formats, baseIri, include, inputFormat, maxDocument, jobs, gazetteer, identities, quiet, batchSize,
        };
        foreach (var option in neo4j.All) command.Options.Add(option);
        foreach (var option in sparql.All) command.Options.Add(option);
        command.Options.Add(updateEndpoint);

        command.SetAction(async (parse, cancellationToken) =>
        {
            var error = parse.InvocationConfiguration.Error;
            var chosen = SplitList(parse.GetValue(formats) ?? []).ToArray();
            // With --neo4j the server is the output; files only when --out or --format asks for them as well.
            var toNeo4j = neo4j.IsGiven(parse);
            var toStore = sparql.IsGiven(parse);
            var writeFiles = !(toNeo4j || toStore) || parse.GetResult(output) is { Implicit: false } || chosen.Length > 0;
            if (!IdentitiesFile.TryRead(parse.GetValue(identities), error, out var decisions)) return ExitCodes.UsageError;
            var options = new ImportOptions
            {
                Identities = decisions,
                Inputs = parse.GetValue(inputs) ?? [],
                OutputDirectory = parse.GetValue(output) ?? "graph-out",
                Formats = !writeFiles ? [] : chosen.Contains("all") ? ImportFormats.All : chosen.Length > 0 ? ImportFormats.All.Where(chosen.Contains).ToArray() : ImportFormats.Default,
                Reader = ExtractionOptions.ReaderOptions(parse, include, inputFormat, maxDocument),
                Jobs = parse.GetValue(jobs),
                BaseIri = parse.GetValue(baseIri) ?? RdfDataIris.DefaultBase,
            };
            var isQuiet = parse.GetValue(quiet);
            var pipeline = ExtractionOptions.BuildPipeline(parse.GetValue(gazetteer) ?? [], error);
            if (pipeline is null) return ExitCodes.UsageError;
            GraphStoreClient? storeClient = null;
            if (toStore)
            {
                var storeOptions = sparql.Resolve(parse, environment, error);
                if (storeOptions is null) return ExitCodes.UsageError;
                storeClient = new GraphStoreClient(storeOptions);
            }
            using var storeScope = storeClient;
            var update = parse.GetValue(updateEndpoint);
            if (update is not null && storeClient is null)
            {
                error.WriteLine("graph: error: --sparql-update-endpoint needs --sparql-endpoint (the graphs are written with the Graph Store protocol)");
                return ExitCodes.UsageError;
            }
            if (update is not null && update.GetLeftPart(UriPartial.Authority) != storeClient!.Endpoint.GetLeftPart(UriPartial.Authority))
            {
                error.WriteLine("graph: error: --sparql-update-endpoint must be on the same server as --sparql-endpoint (the credentials are for that server only)");
                return ExitCodes.UsageError;
            }
            var store = storeClient is null ? null : new GraphStoreSink(storeClient, storeClient.Endpoint.AbsoluteUri, update);
            if (!toNeo4j) return await RunAsync(pipeline, options, null, store, isQuiet, error, cancellationToken).ConfigureAwait(false);

            var connection = neo4j.Resolve(parse, environment, error);
            if (connection is null) return ExitCodes.UsageError;
            var schemaApplied = false;
            try
            {
                var session = environment.Connect(connection);
                await using (session.ConfigureAwait(false))
                {
                    // Before reading anything: a wrong password or an unreachable server should not cost an extraction first.
                    await new Neo4jGraphWriter(session).ApplySchemaAsync(cancellationToken).ConfigureAwait(false);
                    schemaApplied = true;
                    var sink = new Neo4jSink(session, connection.Target, new Neo4jWriterOptions { BatchSize = parse.GetValue(batchSize) });
                    return await RunAsync(pipeline, options, sink, store, isQuiet, error, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (Exception e) when (Neo4jErrors.IsReported(e))
            {
                // The files asked for with --out or --format do not depend on the server: they are written all the same.
                if (!schemaApplied && options.Formats.Count > 0)
                {
                    await error.WriteLineAsync("graph: Neo4j cannot be written (the reason follows the summary); the files are written all the same").ConfigureAwait(false);
                    await RunAsync(pipeline, options, null, store, isQuiet, error, cancellationToken).ConfigureAwait(false);
                }
                return Neo4jErrors.Report(e, connection, error);
            }
        });
        return command;
    }

    private static async Task<int> RunAsync(ExtractionPipeline pipeline, ImportOptions options, Neo4jSink? neo4j, GraphStoreSink? store, bool quiet, TextWriter error, CancellationToken cancellationToken)
    {
        // The progress bar draws with escape sequences of its own, so it writes beneath the escaping terminal writer;
        // what it prints of names and messages is escaped where they are formatted.
        var console = error is TerminalWriter terminal ? terminal.Inner : error;
        var interactive = !quiet && ReferenceEquals(console, Console.Error) && !Console.IsErrorRedirected;
        ImportResult result;
        var reporter = interactive ? (IImportReporter)new ProgressBarReporter(console) : new PlainReporter(error, showProgress: !quiet);
        try
        {
            result = await new ImportRunner(pipeline, reporter, neo4j, store).RunAsync(options, cancellationToken).ConfigureAwait(false);
        }
        catch (OutputLockedException e)
        {
            await reporter.DisposeAsync().ConfigureAwait(false);
            await error.WriteLineAsync($"graph: error: {DisplayText.Escape(e.Message)}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await reporter.DisposeAsync().ConfigureAwait(false);
            await error.WriteLineAsync($"graph: error: cannot write to '{DisplayText.Escape(options.OutputDirectory)}': {DisplayText.Escape(e.Message)}; the earlier files there are as they were").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
        catch
        {
            await reporter.DisposeAsync().ConfigureAwait(false);
            throw;
        }
        await reporter.DisposeAsync().ConfigureAwait(false);
        if (!quiet) await error.WriteAsync(ImportSummary.Format(result)).ConfigureAwait(false);
        else
        {
            if (result.Neo4j is { IsComplete: false }) await error.WriteAsync(ImportSummary.FormatNeo4jProblems(result)).ConfigureAwait(false);
            if (result.GraphStore is { IsComplete: false }) await error.WriteAsync(ImportSummary.FormatGraphStoreProblems(result)).ConfigureAwait(false);
        }
        if (result.DocumentsImported == 0 && result.Failures.Count == 0 && result.Duplicates.Count == 0)
        {
            // An empty folder, or one whose files no pattern matched, is a mistake to say, as an empty file is.
            var unmatched = result.FilesNotMatched > 0
                ? string.Create(CultureInfo.InvariantCulture, $" ({result.FilesNotMatched} files did not match --include {string.Join(" ", options.Reader.Includes)})")
                : "";
            await error.WriteLineAsync($"graph: error: nothing to import: no document in {DisplayText.Escape(string.Join(", ", options.Inputs))}{unmatched}").ConfigureAwait(false);
            return ExitCodes.PartialFailure;
        }
        return result.Failures.Count > 0 || result.IsIncomplete ? ExitCodes.PartialFailure : ExitCodes.Success;
    }

    private static IEnumerable<string> SplitList(IEnumerable<string> values) =>
        values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
              .Select(v => v.ToLower(CultureInfo.InvariantCulture));
}
