using System.CommandLine;
using System.Globalization;
using Graph.Cli.Import;
using Graph.Documents;
using Graph.Extraction.Pipeline;

namespace Graph.Cli.Commands;

/// <summary><c>graph import</c>: articles in, graph files out.</summary>
public static class ImportCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var inputs = InputsArgument.Create("Files, folders (read recursively) or '-' for standard input. Plain text (.txt) and JSON Lines (.jsonl: {\"id\",\"date\",\"title\",\"text\",\"url\"}, only text required).");
        var output = new Option<string>("--out", "-o")
        {
            Description = "Folder to write the graph files to; created if missing, files in it replaced.",
            DefaultValueFactory = _ => "graph-out",
            HelpName = "DIR",
        };
        var formats = new Option<string[]>("--format", "-f")
        {
            Description = $"Output formats, comma-separated or repeated: jsonl (graph.jsonl, APOC JSON Lines), cypher (import.cypher). Default: all.",
            AllowMultipleArgumentsPerToken = true,
            HelpName = "FORMATS",
        };
        var include = new Option<string[]>("--include")
        {
            Description = $"Glob patterns for files inside folders (a pattern without '/' matches at any depth). Default: {string.Join(" ", ReaderOptions.DefaultIncludes)}.",
            AllowMultipleArgumentsPerToken = true,
            HelpName = "GLOB",
        };
        var inputFormat = new Option<InputFormat>("--input-format")
        {
            Description = "How to read files: Auto (.jsonl/.ndjson are JSON Lines, .txt text, others sniffed), Text or JsonLines.",
            DefaultValueFactory = _ => InputFormat.Auto,
        };
        var jobs = new Option<int>("--jobs", "-j")
        {
            Description = "Documents extracted in parallel. Output is identical for any value.",
            DefaultValueFactory = _ => Environment.ProcessorCount,
            HelpName = "N",
        };
        var gazetteer = ExtractionOptions.CreateGazetteerOption();
        var quiet = new Option<bool>("--quiet", "-q")
        {
            Description = "No progress and no summary; errors and warnings about inputs are still printed.",
        };

        formats.Validators.Add(result =>
        {
            foreach (var f in SplitList(result.GetValueOrDefault<string[]>() ?? []))
            {
                if (!ImportFormats.All.Contains(f)) result.AddError($"unknown format '{f}' for --format; choose from {string.Join(", ", ImportFormats.All)}");
            }
        });
        jobs.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1) result.AddError("--jobs must be 1 or more");
        });

        var command = new Command("import",
            "Read articles and write the knowledge graph as server-free files.\n\n" +
            "Writes graph.jsonl (APOC JSON Lines: apoc.import.json reads it) and import.cypher (constraints, then\n" +
            "idempotent UNWIND ... MERGE batches for cypher-shell -f or Neo4j Browser). A summary goes to standard\n" +
            "error. Exit codes: 0 all documents imported, 1 some inputs failed (each named; the rest imported),\n" +
            "2 usage error, 3 the output could not be written.\n\n" +
            "Examples:\n" +
            "  graph import samples/\n" +
            "  graph import corpus/ --include '*.txt' --out corpus-graph\n" +
            "  graph import news.jsonl --format cypher -q\n" +
            "  cat article.txt | graph import - --out one")
        {
            inputs, output, formats, include, inputFormat, jobs, gazetteer, quiet,
        };

        command.SetAction(async (parse, cancellationToken) =>
        {
            var error = parse.InvocationConfiguration.Error;
            var chosen = SplitList(parse.GetValue(formats) ?? []).ToArray();
            var includes = parse.GetValue(include) is { Length: > 0 } given ? given : ReaderOptions.DefaultIncludes;
            var options = new ImportOptions
            {
                Inputs = parse.GetValue(inputs) ?? [],
                OutputDirectory = parse.GetValue(output) ?? "graph-out",
                Formats = chosen.Length > 0 ? ImportFormats.All.Where(chosen.Contains).ToArray() : ImportFormats.All,
                Reader = new ReaderOptions { Includes = includes, Format = parse.GetValue(inputFormat) },
                Jobs = parse.GetValue(jobs),
            };
            var isQuiet = parse.GetValue(quiet);
            var pipeline = ExtractionOptions.BuildPipeline(parse.GetValue(gazetteer) ?? [], error);
            if (pipeline is null) return ExitCodes.UsageError;
            return await RunAsync(pipeline, options, isQuiet, error, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<int> RunAsync(ExtractionPipeline pipeline, ImportOptions options, bool quiet, TextWriter error, CancellationToken cancellationToken)
    {
        var interactive = !quiet && ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected;
        ImportResult result;
        var reporter = interactive ? (IImportReporter)new ProgressBarReporter(error) : new PlainReporter(error, showProgress: !quiet);
        try
        {
            result = await new ImportRunner(pipeline, reporter).RunAsync(options, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await reporter.DisposeAsync().ConfigureAwait(false);
            await error.WriteLineAsync($"graph: error: cannot write to '{options.OutputDirectory}': {e.Message}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
        await reporter.DisposeAsync().ConfigureAwait(false);
        if (!quiet) await error.WriteAsync(ImportSummary.Format(result)).ConfigureAwait(false);
        return result.Failures.Count > 0 ? ExitCodes.PartialFailure : ExitCodes.Success;
    }

    private static IEnumerable<string> SplitList(IEnumerable<string> values) =>
        values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
              .Select(v => v.ToLower(CultureInfo.InvariantCulture));
}
