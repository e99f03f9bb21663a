using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Graph.Cli.Identities;
using Graph.Cli.Import;
using Graph.Documents;
using Graph.Model;

namespace Graph.Cli.Commands;

/// <summary><c>graph identities suggest</c>: proposes merges for an analyst's identities file.</summary>
public static class IdentitiesCommand
{
    private static readonly JsonSerializerOptions Quoting = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var inputs = InputsArgument.Create("Files, folders or '-', as for graph import.");
        var include = ExtractionOptions.CreateIncludeOption();
        var identities = new Option<FileInfo?>("--identities")
        {
            Description = "Decisions already made (as for graph import): merges in it are applied first and not proposed again.",
            HelpName = "FILE",
        };
        var minScore = new Option<double>("--min-score")
        {
            Description = "Leave out suggestions scored below this (0 to 1).",
            DefaultValueFactory = _ => 0.0,
            HelpName = "SCORE",
        };
        var gazetteer = ExtractionOptions.CreateGazetteerOption();
        var suggest = new Command("suggest",
            "Read articles as graph import does and print merges the automatic identity rules did not make, as a 'merge:'\n" +
            "list to paste into an identities file (README, \"Identity of entities\"). Each suggestion is a comment with its\n" +
            "score and evidence (alike names by Jaro-Winkler similarity, a shared alias, a surname several people share,\n" +
            "how many documents mention each and both) followed by the entry. Review every one before keeping it: the\n" +
            "file you pass to --identities is what the import does. Exit codes: 0 done, 1 some inputs could not be read\n" +
            "(the rest were), 2 usage error.\n\n" +
            "Examples:\n" +
            "  graph identities suggest samples/ > suggestions.yaml\n" +
            "  graph identities suggest samples/ --identities samples/identities.yaml --min-score 0.9")
        {
            inputs, include, identities, minScore, gazetteer,
        };
        minScore.Validators.Add(result =>
        {
            if (OptionValues.Of<double>(result) is < 0 or > 1) result.AddError("--min-score must be between 0 and 1");
        });
        suggest.SetAction(async (parse, cancellationToken) =>
        {
            var error = parse.InvocationConfiguration.Error;
            var output = parse.InvocationConfiguration.Output;
            if (!IdentitiesFile.TryRead(parse.GetValue(identities), error, out var decisions)) return ExitCodes.UsageError;
            var pipeline = ExtractionOptions.BuildPipeline(parse.GetValue(gazetteer) ?? [], error);
            if (pipeline is null) return ExitCodes.UsageError;
            var includes = parse.GetValue(include) is { Length: > 0 } given ? given : ReaderOptions.DefaultIncludes;
            var reader = new DocumentReader(new ReaderOptions { Includes = includes });
            var failed = false;
            using var builder = new GraphBuilder(decisions);
            await foreach (var read in reader.ReadAsync(parse.GetValue(inputs) ?? [], cancellationToken).ConfigureAwait(false))
            {
                foreach (var issue in read.Issues)
                {
                    await error.WriteLineAsync($"graph: {(issue.IsFatal ? "error" : "warning")}: {issue}").ConfigureAwait(false);
                    failed |= issue.IsFatal;
                }
                if (read.Document is not null) builder.Add(pipeline.Extract(read.Document));
            }
            using var graph = builder.Build();
            var entities = graph.Nodes().Where(n => n.Label.IsEntity()).ToList();
            var suggestions = new IdentitySuggester().Suggest(entities, graph.Relationships()).Where(s => s.Score >= parse.GetValue(minScore)).ToList();
            await output.WriteLineAsync($"# {suggestions.Count} suggested merges over {entities.Count} entities of {graph.DocumentCount} documents. Keep the ones you confirm.").ConfigureAwait(false);
            await output.WriteLineAsync("merge:").ConfigureAwait(false);
            foreach (var s in suggestions)
            {
                await output.WriteLineAsync($"  # score {s.Score.ToString("0.000", CultureInfo.InvariantCulture)}: {s.Evidence}").ConfigureAwait(false);
                await output.WriteLineAsync($"  - name: {Quote(s.Keep.Name!)}").ConfigureAwait(false);
                await output.WriteLineAsync($"    label: {s.Label.Name()}").ConfigureAwait(false);
                await output.WriteLineAsync($"    same: [{Quote(s.Keep.Id)}, {Quote(s.Merge.Id)}]    # {Quote(s.Merge.Name ?? s.Merge.Id)}").ConfigureAwait(false);
            }
            return failed ? ExitCodes.PartialFailure : ExitCodes.Success;
        });
        return new Command("identities", "Help decide which entities are one: 'graph identities suggest' proposes merges for an identities file (see graph import --identities).")
        {
            suggest,
        };
    }

    /// <summary>A YAML double-quoted scalar (JSON string syntax, which YAML reads as is).</summary>
    private static string Quote(string text) => JsonSerializer.Serialize(text, Quoting);
}
