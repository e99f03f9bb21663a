using System.CommandLine;
using Graph.Cli.Extract;
using Graph.Documents;
using Graph.Extraction.Pipeline;

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
        var gazetteer = ExtractionOptions.CreateGazetteerOption();
        var maxDocument = ExtractionOptions.CreateMaxDocumentOption();
        var command = new Command("extract",
            "Show what extraction finds in each document: one JSON object per line with the document, every\n" +
            "mention (type, text, start, end, sentence, entity id, kind, rule) and every relation (type, subject,\n" +
            "object, evidence span, rule, confidence). For debugging rules and for your own evaluation.\n\n" +
            "Examples:\n" +
            "  graph extract samples/ram-article.txt | jq '.mentions[] | select(.type == \"Person\")'\n" +
            "  graph extract corpus/ --out extraction.jsonl")
        {
            inputs, output, include, gazetteer, maxDocument,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var error = parse.InvocationConfiguration.Error;
            var includes = parse.GetValue(include) is { Length: > 0 } given ? given : ReaderOptions.DefaultIncludes;
            var reader = new DocumentReader(new ReaderOptions { Includes = includes, MaxDocumentBytes = (long)parse.GetValue(maxDocument) << 20 });
            var pipeline = ExtractionOptions.BuildPipeline(parse.GetValue(gazetteer) ?? [], error);
            if (pipeline is null) return ExitCodes.UsageError;
            var path = parse.GetValue(output);
            var writer = path is null ? parse.InvocationConfiguration.Output : new StreamWriter(path, false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
            var failed = false;
            try
            {
                await foreach (var read in reader.ReadAsync(parse.GetValue(inputs) ?? [], cancellationToken).ConfigureAwait(false))
                {
                    foreach (var issue in read.Issues)
                    {
                        await error.WriteLineAsync($"graph: {(issue.IsFatal ? "error" : "warning")}: {issue}").ConfigureAwait(false);
                        failed |= issue.IsFatal;
                    }
                    if (read.Document is null) continue;
                    var context = pipeline.Analyze(read.Document);
                    using var line = new MemoryStream();
                    ExtractionJsonWriter.Write(line, context, GraphAssembler.Assemble(context));
                    await writer.WriteAsync(System.Text.Encoding.UTF8.GetString(line.GetBuffer(), 0, (int)line.Length) + "\n").ConfigureAwait(false);
                }
            }
            finally
            {
                if (path is not null) await writer.DisposeAsync().ConfigureAwait(false);
                else await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
            return failed ? ExitCodes.PartialFailure : ExitCodes.Success;
        });
        return command;
    }
}
