using Graph.Documents;
using Graph.Evaluation;
using Graph.Evaluation.Gold;
using Graph.Extraction.Pipeline;
using Graph.Model;

namespace Graph.Cli.Eval;

/// <summary>
/// Runs <c>graph eval</c>: reads the inputs, pairs each document with its gold file, extracts the document alone
/// (a fresh graph per document, so it is scored on exactly what <c>graph import FILE</c> would export) and
/// scores it. Problems go to <paramref name="error"/>, one line each, and the run goes on.
/// </summary>
public sealed partial class EvalRunner(ExtractionPipeline pipeline, TextWriter error)
{
    /// <summary>How the inputs are read (the shared --include, --input-format, --max-document-mb).</summary>
    public ReaderOptions Reader { get; init; } = new();

    /// <summary>Documents extracted at once; the scores never depend on it.</summary>
    public int Jobs { get; init; } = 1;

    /// <summary>Leave out the warnings (documents without gold, gold without documents); errors are still printed.</summary>
    public bool Quiet { get; init; }

    /// <summary>Scores every document in <paramref name="inputs"/> that has a gold file in <paramref name="goldFolder"/>.</summary>
    public async Task<EvalResult> RunAsync(string goldFolder, IReadOnlyList<string> inputs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        // Gold files are named after their document: 005.json for 005.txt, <id>.json for a JSON Lines record.
        var goldFiles = Directory.EnumerateFiles(goldFolder, "*.json")
            .ToDictionary(f => Path.GetFileNameWithoutExtension(f), StringComparer.Ordinal);
        var golds = new Dictionary<string, GoldDocument?>(StringComparer.Ordinal);
        var matched = new HashSet<string>(StringComparer.Ordinal);
        var run = new EvaluationRun();
        var failures = 0;
        var withoutGold = 0;

        // Extraction runs on several documents at once; pairing with gold and scoring go on in input order.
        var extracted = Graph.Import.OrderedWork.SelectAsync(new DocumentReader(Reader).ReadAsync(inputs, cancellationToken), Extract, Jobs, cancellationToken);
        await foreach (var (read, graph, failure) in extracted.ConfigureAwait(false))
        {
            foreach (var issue in read.Issues)
            {
                if (issue.IsFatal || !Quiet) await error.WriteLineAsync($"graph: {(issue.IsFatal ? "error" : "warning")}: {issue}").ConfigureAwait(false);
                if (issue.IsFatal) failures++;
            }
            if (read.Document is not { } document) continue;

            var name = GoldName(document);
            if (name is null || !goldFiles.TryGetValue(name, out var goldPath))
            {
                withoutGold++;
                var why = name is null ? "no file name or id to find its gold file by" : $"no gold file {name}.json in {goldFolder}";
                if (!Quiet) await error.WriteLineAsync($"graph: warning: {document.Source}: {why}; not scored").ConfigureAwait(false);
                continue;
            }
            if (!matched.Add(name) && !Quiet)
            {
                await error.WriteLineAsync($"graph: warning: {document.Source}: {goldPath} was already used for another document; scored again").ConfigureAwait(false);
            }
            if (!golds.TryGetValue(goldPath, out var gold))
            {
                gold = await LoadGoldAsync(goldPath, cancellationToken).ConfigureAwait(false);
                golds[goldPath] = gold;
                if (gold is null) failures++;
            }
            if (gold is null) continue;
            if (graph is null)
            {
                // As in graph import: a defect in a rule costs one document, and the message names it for a bug report.
                failures++;
                await error.WriteLineAsync($"graph: error: {document.Source}: {failure}; not scored").ConfigureAwait(false);
                continue;
            }
            using var builder = new GraphBuilder();
            builder.Add(graph);
            using var content = builder.Build();
            run.Add(gold, content.Nodes(), content.Relationships());
        }

        var unmatched = goldFiles.Keys.Where(k => !matched.Contains(k)).Order(StringComparer.Ordinal).ToList();
        foreach (var name in unmatched)
        {
            if (!Quiet) await error.WriteLineAsync($"graph: warning: {goldFiles[name]}: no input document matches this gold file").ConfigureAwait(false);
        }
        return new EvalResult { Report = run.Report(), Failures = failures, WithoutGold = withoutGold, UnmatchedGold = unmatched.Count };
    }

    /// <summary>
    /// The stem of the gold file for a document: a JSON Lines record's id, or a text file's name without its
    /// extension. A record without an id (its source is <c>file:line</c>, not a file) and standard input have none.
    /// </summary>
    private static string? GoldName(SourceDocument document) =>
        document.ExternalId ?? (document.Source == "-" || RecordSource().IsMatch(document.Source) ? null : Path.GetFileNameWithoutExtension(document.Source));

    /// <summary>The source of a JSON Lines record: its file, a colon and its line number.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@":\d+$")]
    private static partial System.Text.RegularExpressions.Regex RecordSource();

    private (ReadResult Read, DocumentGraph? Graph, string? Failure) Extract(ReadResult read)
    {
        if (read.Document is null) return (read, null, null);
        try
        {
            return (read, pipeline.Extract(read.Document), null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return (read, null, ExtractionFailure.Describe(e));
        }
    }

    private async Task<GoldDocument?> LoadGoldAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            return GoldDocument.Parse(await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false));
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"graph: error: {path}: {e.Message}; its document is not scored").ConfigureAwait(false);
            return null;
        }
    }
}
