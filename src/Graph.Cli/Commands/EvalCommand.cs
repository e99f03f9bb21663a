using System.CommandLine;
using Graph.Cli.Eval;
using Graph.Evaluation.Reporting;
using Graph.Extraction.Pipeline;

namespace Graph.Cli.Commands;

/// <summary><c>graph eval</c>: extraction quality against gold annotations, by the rules of EVALUATION.md.</summary>
public static class EvalCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var gold = new Option<string>("--gold")
        {
            Description = "Folder of gold files (EVALUATION.md format), one per document: 005.json for 005.txt, <id>.json for a JSON Lines record with that \"id\".",
            Required = true,
            HelpName = "DIR",
        };
        var inputs = InputsArgument.Create("The documents to score: files or folders (read recursively), as for graph import. Documents without a gold file are named and skipped.");
        var verbose = new Option<bool>("--verbose", "-v")
        {
            Description = "Also list every miss and every extra, one line each (score.py -v).",
        };
        var gazetteer = ExtractionOptions.CreateGazetteerOption();
        var include = ExtractionOptions.CreateIncludeOption();
        var inputFormat = ExtractionOptions.CreateInputFormatOption();
        var maxDocument = ExtractionOptions.CreateMaxDocumentOption();
        var jobs = ExtractionOptions.CreateJobsOption();
        var quiet = ExtractionOptions.CreateQuietOption();
        var json = new Option<bool>("--json")
        {
            Description = "Print one JSON object instead of the table, with the keys of score.py --json (and \"misses\" with --verbose).",
        };

        gold.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (string.IsNullOrEmpty(value) || !Directory.Exists(value))
            {
                result.AddError(File.Exists(value) ? $"--gold '{value}' is a file; give the folder that holds the gold files" : $"--gold folder '{value}' does not exist");
            }
        });

        var command = new Command("eval",
            "Score extraction against gold annotations, exactly as shared/tools/score.py does (EVALUATION.md).\n\n" +
            "Each document is extracted alone, as 'graph import FILE' would, and scored against the gold file of the\n" +
            "same name; scores are micro-averaged over all documents. Prints precision, recall and F1 per entity\n" +
            "type, per relation type and overall, in score.py's table. Documents without a gold file and gold files\n" +
            "without a document are named on standard error. Exit codes: 0 scored, 1 some inputs or gold files could\n" +
            "not be read or extracted (the rest scored), 2 usage error, 3 no document had a gold file.\n\n" +
            "Examples:\n" +
            "  graph eval --gold tests/fixtures/gold tests/fixtures/articles samples\n" +
            "  graph eval --gold tests/fixtures/gold samples/1987-reuters-style-gulf.txt --verbose\n" +
            "  graph eval --gold tests/fixtures/gold samples --include '*.txt' --json --quiet")
        {
            gold, inputs, verbose, json, include, inputFormat, maxDocument, jobs, gazetteer, quiet,
        };

        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var goldFolder = parse.GetValue(gold)!;
            var pipeline = ExtractionOptions.BuildPipeline(parse.GetValue(gazetteer) ?? [], error);
            if (pipeline is null) return ExitCodes.UsageError;
            var runner = new EvalRunner(pipeline, error)
            {
                Reader = ExtractionOptions.ReaderOptions(parse, include, inputFormat, maxDocument),
                Jobs = parse.GetValue(jobs),
                Quiet = parse.GetValue(quiet),
            };
            var result = await runner.RunAsync(goldFolder, parse.GetValue(inputs) ?? [], cancellationToken).ConfigureAwait(false);

            var report = result.Report;
            if (!parse.GetValue(quiet)) await error.WriteLineAsync(
                $"graph eval: {report.DocumentCount} documents scored against {goldFolder}" +
                (result.WithoutGold > 0 ? $", {result.WithoutGold} without a gold file" : "") +
                (result.UnmatchedGold > 0 ? $", {result.UnmatchedGold} gold files without a document" : "") +
                (result.Failures > 0 ? $", {result.Failures} failed" : "")).ConfigureAwait(false);
            if (report.DocumentCount == 0)
            {
                await error.WriteLineAsync($"graph: error: no input document has a gold file in {goldFolder}; nothing to score").ConfigureAwait(false);
                return result.Failures > 0 ? ExitCodes.PartialFailure : ExitCodes.Failure;
            }

            var isVerbose = parse.GetValue(verbose);
            await output.WriteAsync(parse.GetValue(json)
                ? ScoreJsonWriter.Format(report, includeMisses: isVerbose) + "\n"
                : ScoreTableWriter.Format(report, isVerbose)).ConfigureAwait(false);
            return result.Failures > 0 ? ExitCodes.PartialFailure : ExitCodes.Success;
        });
        return command;
    }
}
