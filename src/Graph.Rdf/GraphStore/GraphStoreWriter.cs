using System.Text;
using Graph.Model;

namespace Graph.Rdf.GraphStore;

/// <summary>One graph the store did not take.</summary>
/// <param name="GraphIri">The named graph.</param>
/// <param name="DocumentId">The document whose graph it is; null for the entity graph.</param>
/// <param name="Attempts">Tries made.</param>
/// <param name="Reason">Why, as the store or the network said it (no credentials).</param>
public sealed record GraphStoreFailure(string GraphIri, string? DocumentId, int Attempts, string Reason);

/// <summary>Progress of a write: graphs done so far of all.</summary>
public readonly record struct GraphStoreProgress(int GraphsDone, int GraphsTotal);

/// <summary>What <see cref="GraphStoreWriter"/> wrote.</summary>
public sealed record GraphStoreWriteResult
{
    /// <summary>Named graphs replaced.</summary>
    public int GraphsWritten { get; init; }

    /// <summary>Triples sent in the graphs replaced.</summary>
    public long TriplesWritten { get; init; }

    /// <summary>Graphs the store refused, each with the reason.</summary>
    public IReadOnlyList<GraphStoreFailure> Failures { get; init; } = [];

    /// <summary>Ids of the documents whose graphs are not in the store (refused, or not sent after a stop).</summary>
    public IReadOnlyList<string> DocumentsNotWritten { get; init; } = [];

    /// <summary>Whether the entity graph (the default-graph content) was written.</summary>
    public bool EntitiesWritten { get; init; }

    /// <summary>Why writing stopped early (credentials refused, no connection), or null when every graph was tried.</summary>
    public string? StoppedBecause { get; init; }

    /// <summary>True when every graph is in the store.</summary>
    public bool IsComplete => Failures.Count == 0 && DocumentsNotWritten.Count == 0 && StoppedBecause is null && EntitiesWritten;
}

/// <summary>
/// Writes a graph to a triplestore with the Graph Store HTTP Protocol, one <c>PUT</c> per named graph: each
/// document's facts to its graph <c>&lt;base&gt;graph/doc/…</c> (as in graph.trig and graph.nq), and the default-graph
/// content (entities, entity-level facts) to the named graph <c>&lt;base&gt;graph/entities</c>
/// (<see cref="EntitiesGraph"/>). Not to the store's default graph: a <c>PUT</c> there would replace everything
/// else in it, and a store's default graph is often the union of all graphs. <c>PUT</c> replaces, so writing
/// the same corpus again leaves one copy; a document imported before but not now keeps its graph.
/// </summary>
public sealed class GraphStoreWriter(GraphStoreClient client, RdfDataIris iris)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The named graph that holds the default-graph content: <c>&lt;base&gt;graph/entities</c>.</summary>
    public static RdfIri EntitiesGraph(RdfDataIris iris) => new((iris ?? throw new ArgumentNullException(nameof(iris))).Base + "graph/entities");

    /// <summary>Writes every graph of <paramref name="graph"/>; failures are collected, not thrown (except cancellation).</summary>
    public async Task<GraphStoreWriteResult> WriteAsync(GraphContent graph, IProgress<GraphStoreProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(client);
        var formatter = TurtleFormatter.ForData(iris);
        var prefixes = formatter.PrefixLines();
        var failures = new List<GraphStoreFailure>();
        var notWritten = new List<string>();
        var entityTriples = new List<RdfTriple>();
        var written = 0;
        long triples = 0;
        string? stopped = null;
        var total = graph.DocumentCount + 1;

        async Task<bool> PutAsync(RdfIri name, IReadOnlyList<RdfTriple> content, string? documentId)
        {
            var text = new StringBuilder(prefixes).Append('\n');
            TurtleBlocks.Write(text, formatter, content, "");
            try
            {
                await client.PutAsync(name.Value, Utf8.GetBytes(text.ToString()), cancellationToken).ConfigureAwait(false);
                written++;
                triples += content.Count;
                progress?.Report(new GraphStoreProgress(written + failures.Count, total));
                return true;
            }
            catch (GraphStoreException e)
            {
                failures.Add(new GraphStoreFailure(name.Value, documentId, e.Attempts, e.Message));
                if (documentId is not null) notWritten.Add(documentId);
                if (e.IsFatal) stopped = e.Message;
                return false;
            }
        }

        // One PUT replaces a graph, so the parts of a very long document's graph are joined into one request.
        RdfSection? pending = null;
        List<RdfTriple>? pendingTriples = null;
        async Task SendPendingAsync()
        {
            if (pending is null) return;
            var section = pending;
            IReadOnlyList<RdfTriple> triples = pendingTriples ?? section.Triples;
            pending = null;
            pendingTriples = null;
            if (triples.Count == 0) return;
            if (stopped is not null)
            {
                if (section.DocumentId is not null) notWritten.Add(section.DocumentId);
                return;
            }
            await PutAsync(section.GraphName!, triples, section.DocumentId).ConfigureAwait(false);
        }

        foreach (var section in new GraphToRdf(iris).Map(graph))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (section.GraphName is null)
            {
                // The entity section comes first and (rarely) a rest at the end: both go to the entity graph, sent last.
                entityTriples.AddRange(section.Triples);
                continue;
            }
            if (section.Continues && pending is not null)
            {
                (pendingTriples ??= [.. pending.Triples]).AddRange(section.Triples);
                continue;
            }
            await SendPendingAsync().ConfigureAwait(false);
            pending = section;
        }
        await SendPendingAsync().ConfigureAwait(false);

        var entitiesWritten = entityTriples.Count == 0;
        if (stopped is null && entityTriples.Count > 0)
        {
            entitiesWritten = await PutAsync(EntitiesGraph(iris), entityTriples, null).ConfigureAwait(false);
        }
        return new GraphStoreWriteResult
        {
            GraphsWritten = written,
            TriplesWritten = triples,
            Failures = failures,
            DocumentsNotWritten = notWritten,
            EntitiesWritten = entitiesWritten,
            StoppedBecause = stopped,
        };
    }
}
