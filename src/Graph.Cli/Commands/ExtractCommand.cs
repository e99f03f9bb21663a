using System.CommandLine;
using Graph.Cli.Extract;
using Graph.Documents;
using Graph.Extraction.Pipeline;
using Graph.Import;

namespace Graph.Cli.Commands;

/// <summary><c>graph extract</c>: what extraction finds in each document, as JSON Lines.</summary>
public static class ExtractCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var inputs = InputsArgument.Create("Files, folders or '-', as for graph import.");
        var output = new Option<string?>("--out", "-o")
        {
            Description = "File to write the JSON Lines to (default: standard output).",
            HelpName = "FILE",
        };
        var include = ExtractionOptions.CreateIncludeOption();
        var inputFormat = ExtractionOptions.CreateInputFormatOption();
        var jobs = ExtractionOptions.CreateJobsOption();
        var quiet = ExtractionOptions.CreateQuietOption();
        var gazetteer = ExtractionOptions.CreateGazetteerOption();
        var maxDocument = ExtractionOptions.CreateMaxDocumentOption();
        var command = new Command("extract",
            "Show what extraction finds in each document: one JSON object per line with the document, every\n" +
            "mention (type, text, start, end, sentence, entity id, kind, rule) and every relation (type, subject,\n" +
            "object, evidence span, rule, confidence). For debugging rules and for your own evaluation. Reads what\n" +
            "graph import reads, with the same options; the lines come in input order whatever --jobs is. A summary\n" +
            "line goes to standard error (none with --quiet). Exit codes: 0 done, 1 some inputs failed (each named).\n\n" +
            "Examples:\n" +
            "  graph extract samples/2023-joint-press-conference.txt\n" +
            "  graph extract samples/ --out extraction.jsonl --jobs 2 --quiet\n" +
            "  graph extract samples/articles.jsonl --input-format JsonLines")
        {
            inputs, output, include, inputFormat, maxDocument, jobs, gazetteer, quiet,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var error = parse.InvocationConfiguration.Error;
            var reader = new DocumentReader(ExtractionOptions.ReaderOptions(parse, include, inputFormat, maxDocument));
            var pipeline = ExtractionOptions.BuildPipeline(parse.GetValue(gazetteer) ?? [], error);
            if (pipeline is null) return ExitCodes.UsageError;
            var path = parse.GetValue(output);
            var isQuiet = parse.GetValue(quiet);
            var writer = path is null ? parse.InvocationConfiguration.Output : new StreamWriter(path, false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
            var failed = 0;
            var documents = 0;
            try
            {
                var lines = OrderedWork.SelectAsync(reader.ReadAsync(parse.GetValue(inputs) ?? [], cancellationToken), read => (read, Line: Extract(pipeline, read)), parse.GetValue(jobs), cancellationToken);
                await foreach (var (read, line) in lines.ConfigureAwait(false))
                {
                    foreach (var issue in read.Issues)
                    {
                        if (issue.IsFatal || !isQuiet) await error.WriteLineAsync($"graph: {(issue.IsFatal ? "error" : "warning")}: {issue}").ConfigureAwait(false);
                        if (issue.IsFatal) failed++;
                    }
                    if (line.Text is not null)
                    {
                        await writer.WriteAsync(line.Text).ConfigureAwait(false);
                        documents++;
                    }
                    else if (line.Failure is { } failure)
                    {
                        await error.WriteLineAsync($"graph: error: {read.Source}: {failure}").ConfigureAwait(false);
                        failed++;
                    }
                }
            }
            finally
            {
                if (path is not null) await writer.DisposeAsync().ConfigureAwait(false);
                else await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
            if (!isQuiet) await error.WriteLineAsync($"graph extract: {documents} documents{(failed > 0 ? $", {failed} failed" : "")}").ConfigureAwait(false);
            return failed > 0 ? ExitCodes.PartialFailure : ExitCodes.Success;
        });
        return command;
    }

    /// <summary>One document's JSON line, or why it could not be made (a defect costs that document, named).</summary>
    private static (string? Text, string? Failure) Extract(ExtractionPipeline pipeline, ReadResult read)
    {
        if (read.Document is null) return (null, null);
        try
        {
            var context = pipeline.Analyze(read.Document);
            using var line = new MemoryStream();
            ExtractionJsonWriter.Write(line, context, GraphAssembler.Assemble(context));
            return (System.Text.Encoding.UTF8.GetString(line.GetBuffer(), 0, (int)line.Length) + "\n", null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return (null, ExtractionFailure.Describe(e));
        }
    }
}
