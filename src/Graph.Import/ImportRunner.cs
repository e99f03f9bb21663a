using System.Diagnostics;
using Graph.Documents;
using Graph.Extraction.Pipeline;
using Graph.Model;
using Graph.Neo4j.Writing;
using Graph.Rdf;
using Graph.Rdf.GraphStore;

namespace Graph.Import;

/// <summary>
/// Runs an import: reads documents as a stream, extracts several at once, merges their graphs in input
/// order (so the output is the same with one job or many), and writes the output files as one set
/// (<see cref="OutputTransaction"/>: all replace the earlier ones when complete, or none do), then writes to Neo4j and to a
/// triplestore (Graph Store HTTP Protocol) when asked.
/// </summary>
public sealed class ImportRunner(ExtractionPipeline pipeline, IImportReporter reporter, Neo4jSink? neo4j = null, GraphStoreSink? graphStore = null)
{
    /// <summary>Runs the import described by <paramref name="options"/>.</summary>
    public async Task<ImportResult> RunAsync(ImportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var clock = Stopwatch.StartNew();
        // The output folder is taken before any work, so that a second import into it stops at once, not after hours.
        var createdFolder = options.Formats.Count > 0 && !Directory.Exists(options.OutputDirectory);
        var output = options.Formats.Count > 0 ? OutputTransaction.Begin(options.OutputDirectory) : null;
        try
        {
            return await RunLockedAsync(options, output, clock, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            output?.Dispose();
            // A folder made for an import that wrote nothing is not left behind empty.
            if (createdFolder && Directory.Exists(options.OutputDirectory) && !Directory.EnumerateFileSystemEntries(options.OutputDirectory).Any())
            {
                Directory.Delete(options.OutputDirectory);
            }
        }
    }

    private async Task<ImportResult> RunLockedAsync(ImportOptions options, OutputTransaction? output, Stopwatch clock, CancellationToken cancellationToken)
    {
        // The output folder is never read back as articles, whatever path leads to it.
        var reader = new DocumentReader(output is null ? options.Reader : options.Reader with { ExcludedFolders = [.. options.Reader.ExcludedFolders, output.Folder] });
        var inputs = new List<ImportManifest.Input>();
        var sourceNames = new HashSet<string>(StringComparer.Ordinal);
        var failures = new List<string>();
        var duplicates = new List<string>();
        var firstSource = new Dictionary<string, string>(StringComparer.Ordinal);
        var warnings = 0;
        using var builder = new GraphBuilder(options.Identities);

        reporter.Phase("reading and extracting");
        // Several documents are extracted at once; the results are taken in the order documents were read, whatever
        // order they finish in, so the graph is the same with one job or many.
        var extracted = OrderedWork.SelectAsync(reader.ReadAsync(options.Inputs, cancellationToken), Extract, options.Jobs, cancellationToken);
        await foreach (var (read, parts) in extracted.ConfigureAwait(false))
        {
            foreach (var issue in read.Issues)
            {
                reporter.Issue(issue);
                if (issue.IsFatal) failures.Add(issue.ToString());
                else warnings++;
            }
            if (parts is null || read.Document is null) continue;
            var added = AddDocument(builder, read, parts, firstSource, cancellationToken);
            warnings += added.Warnings;
            if (added.Failure is { } failure)
            {
                reporter.Issue(failure);
                failures.Add(failure.ToString());
                if (!added.Stored) continue;
            }
            if (added.DuplicateOf is { } first)
            {
                duplicates.Add($"{read.Source}: same text as {first}; skipped as a duplicate");
                reporter.Issue(new DocumentIssue(read.Source, $"same text as {first}; skipped as a duplicate", false));
                continue;
            }
            if (!sourceNames.Add(read.Source))
            {
                // Two inputs that give the same name (two folders called news/): a document's name is its key when an
                // import replaces changed documents in Neo4j or a triplestore, so the user must hear of it.
                reporter.Issue(new DocumentIssue(read.Source, "another document of this import has the same name (two inputs with the same folder name?); when a later import replaces changed documents by name, one stands for the other", false));
                warnings++;
            }
            inputs.Add(new ImportManifest.Input(read.Source, read.Document.Id, read.Document.Sha256, read.Document.OtherLanguage));
            reporter.DocumentDone(read.Source, read.Document.Text.Length);
        }

        using var content = builder.Build();
        var written = new List<(string, long, string?)>();
        IReadOnlyList<string> replacedFiles = [];
        IReadOnlyList<string> removedFiles = [], leftFiles = [];
        // With nothing imported, files from an earlier run are left as they are rather than replaced by an empty graph.
        if (output is not null && content.DocumentCount > 0)
        {
            var staged = new List<(string Name, string? Count)>();
            var sizes = new List<(string Name, long Bytes)>();
            try
            {
                // The formats are written at once, as many as there are jobs: each reads the built graph on its own (the
                // spool is opened anew by every reader) and writes its own file, so each file's bytes are what one
                // format alone would give. Staging paths are taken first, in the order asked for, which the summary keeps.
                var targets = options.Formats.Select(format => ImportFormats.CreateFileSet(format) is { } set
                    ? (Format: format, Name: set.FolderName, Path: output.Stage(set.FolderName))
                    : (Format: format, Name: ImportFormats.OutputName(format), Path: output.Stage(ImportFormats.OutputName(format)))).ToArray();
                var results = new (string? Count, long Bytes)[targets.Length];
                await Parallel.ForEachAsync(Enumerable.Range(0, targets.Length),
                    new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Jobs), CancellationToken = cancellationToken },
                    async (i, token) => results[i] = await WriteFormatAsync(targets[i].Format, targets[i].Path, output.FinalPath(targets[i].Name), content, options, token).ConfigureAwait(false))
                    .ConfigureAwait(false);
                for (var i = 0; i < targets.Length; i++)
                {
                    staged.Add((targets[i].Name, results[i].Count));
                    sizes.Add((targets[i].Name, results[i].Bytes));
                }
                // Last: the manifest says what the set holds, so it is written when the set is complete.
                ImportManifest.Write(output.Stage(ImportOutputFolder.ManifestFileName), options, inputs, sizes,
                    content.NodeCounts, content.RelationshipCounts, failures.Count, duplicates.Count);
                staged.Add((ImportOutputFolder.ManifestFileName, null));
            }
            catch (OperationCanceledException e)
            {
                throw new ImportCancelledException($"stopped before any output was replaced: {output.Folder} holds the earlier files as they were", e);
            }
            var earlierFiles = ImportManifest.ReadFileNames(output.Folder);
            // Every file is complete: now, and only now, they replace the earlier ones, by renames alone.
            replacedFiles = output.Commit();
            (removedFiles, leftFiles) = ClearEarlierFormats(output.Folder, staged.Select(s => s.Name).ToHashSet(StringComparer.Ordinal), earlierFiles);
            foreach (var (name, count) in staged)
            {
                var path = output.FinalPath(name);
                var bytes = Directory.Exists(path) ? new DirectoryInfo(path).EnumerateFiles().Sum(f => f.Length) : new FileInfo(path).Length;
                written.Add((path, bytes, count));
            }
        }

        GraphWriteResult? neo4jResult = null;
        var replaced = 0;
        if (neo4j is not null && content.DocumentCount > 0)
        {
            // A changed text of a document imported before (same JSON Lines id or path, new id) replaces it: the old
            // version's facts go first, so the graph never holds both.
            var retraction = new Neo4jRetraction(neo4j.Session);
            var documents = content.Nodes().Where(n => n.Label == NodeLabel.Document && n.Properties.ContainsKey("key"))
                .Select(n => (n.Id, (string)n.Properties["key"])).ToList();
            var earlier = await retraction.FindReplacedAsync(documents, cancellationToken).ConfigureAwait(false);
            if (earlier.Count > 0)
            {
                reporter.Phase($"replacing {earlier.Count} earlier versions of documents in Neo4j at {neo4j.Target}");
                replaced = (await retraction.RetractAsync(earlier, cancellationToken).ConfigureAwait(false)).Documents;
            }
            reporter.Phase($"writing to Neo4j at {neo4j.Target}");
            var writer = new Neo4jGraphWriter(neo4j.Session, neo4j.Options with { Progress = new ThrottledPhase<GraphWriteProgress>(reporter, value => string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"writing to Neo4j at {neo4j.Target}: {value.Rows:N0} of {content.NodeCount + content.RelationshipCount:N0} nodes and relationships, {value.Transactions:N0} transactions")) });
            neo4jResult = await writer.WriteAsync(content, cancellationToken).ConfigureAwait(false);
        }

        GraphStoreWriteResult? storeResult = null;
        var storeCleared = 0;
        string? storeClearFailure = null;
        if (graphStore is { UpdateEndpoint: { } updateEndpoint } && content.DocumentCount > 0)
        {
            // Earlier versions of changed documents (same key, another text) go first, with what only they supported.
            reporter.Phase($"clearing earlier versions of the documents in the triplestore at {graphStore.Target}");
            var keys = content.Nodes().Where(n => n.Label == NodeLabel.Document && n.Properties.ContainsKey("key")).Select(n => (string)n.Properties["key"]).ToList();
            try
            {
                foreach (var chunk in keys.Chunk(200))
                {
                    await GraphStoreRetraction.RetractAsync(graphStore.Client, updateEndpoint, chunk, new RdfDataIris(options.BaseIri), cancellationToken).ConfigureAwait(false);
                    storeCleared += chunk.Length;
                }
            }
            catch (GraphStoreException e)
            {
                storeClearFailure = e.Message;
            }
        }
        if (graphStore is not null && content.DocumentCount > 0)
        {
            reporter.Phase($"writing to the triplestore at {graphStore.Target}");
            var progress = new ThrottledPhase<GraphStoreProgress>(reporter, value => string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"writing to the triplestore at {graphStore.Target}: {value.GraphsDone:N0} of {value.GraphsTotal:N0} graphs"));
            storeResult = await new GraphStoreWriter(graphStore.Client, new RdfDataIris(options.BaseIri))
                .WriteAsync(content, progress, cancellationToken).ConfigureAwait(false);
        }

        return new ImportResult
        {
            DocumentsImported = content.DocumentCount,
            Failures = failures,
            Duplicates = duplicates,
            Warnings = warnings,
            NotEnglish = inputs.Where(i => i.OtherLanguage is not null).Select(i => $"{i.Source} ({i.OtherLanguage})").ToArray(),
            FilesRemoved = removedFiles,
            FilesLeft = leftFiles,
            FilesNotMatched = reader.Statistics.FilesNotMatched,
            NodeCounts = content.NodeCounts,
            RelationshipCounts = content.RelationshipCounts,
            FilesWritten = written,
            FilesReplaced = replacedFiles.Select(name => Path.Combine(options.OutputDirectory, name)).ToArray(),
            BytesRead = reader.Statistics.BytesRead,
            Elapsed = clock.Elapsed,
            Neo4jTarget = neo4j?.Target,
            Neo4j = neo4jResult,
            Neo4jReplaced = replaced,
            // Users know their documents by the files they came from, not by ids.
            DocumentsNotWritten = neo4jResult?.DocumentsNotWritten
                .Select(id => firstSource.TryGetValue(id, out var source) ? $"{source} ({id})" : id)
                .ToArray() ?? [],
            GraphStoreTarget = graphStore?.Target,
            GraphStoreCleared = storeCleared,
            GraphStoreClearFailure = storeClearFailure,
            GraphStore = storeResult,
            DocumentsNotInGraphStore = storeResult?.DocumentsNotWritten
                .Select(id => firstSource.TryGetValue(id, out var source) ? $"{source} ({id})" : id)
                .ToArray() ?? [],
        };
    }

    /// <summary>
    /// Extracts a document on a worker. A document short enough to be one section is extracted here, in parallel with
    /// others; a longer one comes back as its parts still to be made, so that the import makes and stores them one at a
    /// time and holds one section in memory, not the document's whole graph.
    /// </summary>
    private (ReadResult Read, IEnumerable<DocumentGraph>? Parts) Extract(ReadResult read)
    {
        if (read.Document is null) return (read, null);
        if (read.Document.Text.Length > DocumentSections.Length) return (read, pipeline.ExtractSections(read.Document));
        try
        {
            return (read, [pipeline.Extract(read.Document)]);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A defect in a rule must cost one document, not the whole job; the message names it for a bug report.
            return (ReadResult.Failure(read.Source, $"{ExtractionFailure.Describe(e)}; document not imported"), null);
        }
    }

    /// <summary>Writes one format to its staging path; returns its count line for the summary and its size.</summary>
    private async Task<(string? Count, long Bytes)> WriteFormatAsync(string format, string path, string finalPath, GraphContent content, ImportOptions options, CancellationToken cancellationToken)
    {
        lock (reporter) reporter.Phase($"writing {finalPath}");
        if (ImportFormats.CreateFileSet(format) is { } fileSet)
        {
            Directory.CreateDirectory(path);
            await fileSet.WriteAsync(content, path, cancellationToken).ConfigureAwait(false);
            return (fileSet.WrittenCount, new DirectoryInfo(path).EnumerateFiles().Sum(f => f.Length));
        }
        var exporter = ImportFormats.Create(format, options);
        var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
        await using (stream.ConfigureAwait(false))
        {
            await exporter.WriteAsync(content, stream, cancellationToken).ConfigureAwait(false);
            await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        return (exporter.WrittenCount, new FileInfo(path).Length);
    }

    /// <summary>
    /// After the new files are in place: the files of formats not written this time are removed when the earlier import's
    /// manifest lists them (they are ours, and would mix two imports in one folder), or named when there is no manifest
    /// to say whose they are.
    /// </summary>
    private static (IReadOnlyList<string> Removed, IReadOnlyList<string> Left) ClearEarlierFormats(string folder, HashSet<string> written, IReadOnlyList<string>? earlier)
    {
        var removed = new List<string>();
        var left = new List<string>();
        var candidates = earlier ?? ImportFormats.All.Select(ImportFormats.OutputName).ToArray();
        foreach (var name in candidates.Where(n => !written.Contains(n)).Order(StringComparer.Ordinal))
        {
            var path = Path.Combine(folder, name);
            var isFolder = Directory.Exists(path);
            if (!isFolder && !File.Exists(path)) continue;
            if (earlier is null)
            {
                left.Add(path);
                continue;
            }
            try
            {
                if (isFolder) Directory.Delete(path, recursive: true);
                else File.Delete(path);
                removed.Add(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                left.Add(path);
            }
        }
        return (removed, left);
    }

    /// <summary>What adding one document's parts to the graph came to.</summary>
    private readonly record struct Added(bool Stored, int Warnings, string? DuplicateOf, DocumentIssue? Failure);

    /// <summary>
    /// Adds a document's graph, part by part, reporting its warnings. A document whose text came before is not added
    /// (<see cref="Added.DuplicateOf"/>). When making a later part fails, the parts before it stay in the graph and the
    /// failure says so: the record, not the import, is what fails.
    /// </summary>
    private Added AddDocument(GraphBuilder builder, ReadResult read, IEnumerable<DocumentGraph> parts, Dictionary<string, string> firstSource, CancellationToken cancellationToken)
    {
        var warnings = 0;
        var count = 0;
        try
        {
            foreach (var part in parts)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (count == 0)
                {
                    if (!builder.Add(part)) return new Added(false, warnings, firstSource[part.Document.Id], null);
                    firstSource[part.Document.Id] = read.Source;
                }
                else
                {
                    builder.AddPart(part);
                }
                count++;
                foreach (var warning in part.Warnings)
                {
                    reporter.Issue(new DocumentIssue(read.Source, warning, false));
                    warnings++;
                }
            }
            return new Added(true, warnings, null, null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var what = count == 0 ? "document not imported" : $"the first {count} sections are imported, the rest not";
            return new Added(count > 0, warnings, null, new DocumentIssue(read.Source, $"{ExtractionFailure.Describe(e)}; {what}", true));
        }
    }

    /// <summary>
    /// Progress told to the reporter as a phase line every few seconds rather than at every batch or graph, so a long
    /// write to Neo4j or a triplestore shows that it moves without flooding the terminal.
    /// </summary>
    private sealed class ThrottledPhase<T>(IImportReporter reporter, Func<T, string> describe) : IProgress<T>
    {
        private long _last = Environment.TickCount64;

        public void Report(T value)
        {
            if (Environment.TickCount64 - _last < 2000) return;
            _last = Environment.TickCount64;
            reporter.Phase(describe(value));
        }
    }
}
