using System.Globalization;
using Graph.Model;
using Graph.Neo4j.Database;
using Graph.Neo4j.Export;

namespace Graph.Neo4j.Writing;

/// <summary>
/// Writes a graph to Neo4j: the schema of <c>graph-schema/schema.cypher</c> first, then every node and then every
/// relationship as parameterised <c>UNWIND $rows AS row MERGE ...</c> statements, one explicit transaction per batch
/// of rows of one label or relationship shape. Statement texts depend only on the label or shape (and the names of
/// list properties), never on values, so the server plans each once; labels and types come from the model's fixed
/// set. Everything is merged on ids with the script exporter's rules (<see cref="MergeCypher"/>), so a rerun changes
/// nothing and new documents merge into what is there.
/// </summary>
/// <remarks>
/// A batch that fails for good does not stop the others: its documents are named in the result, and rerunning the
/// same import completes the job. A connection lost for good stops the sending; every document not yet written is named.
/// </remarks>
public sealed class Neo4jGraphWriter
{
    private readonly ICypherSession _session;
    private readonly Neo4jWriterOptions _options;

    /// <summary>Creates a writer over <paramref name="session"/>.</summary>
    public Neo4jGraphWriter(ICypherSession session, Neo4jWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(session);
        _session = session;
        _options = options ?? new Neo4jWriterOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.BatchSize, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.MaxAttempts, 1, nameof(options));
    }

    /// <summary>The statement that merges a batch of nodes of <paramref name="label"/>, given as <c>$rows</c>.</summary>
    /// <param name="label">The label of every row.</param>
    /// <param name="listKeys">The list-valued property keys the rows carry.</param>
    public static string NodeStatement(NodeLabel label, IEnumerable<string> listKeys) =>
        "UNWIND $rows AS row\n" + MergeCypher.NodeBody(label, listKeys);

    /// <summary>The statement that merges a batch of relationships of <paramref name="shape"/>, given as <c>$rows</c>.</summary>
    public static string RelationshipStatement(RelationshipShape shape, IEnumerable<string> listKeys) =>
        "UNWIND $rows AS row\n" + MergeCypher.RelationshipBody(shape, listKeys);

    /// <summary>
    /// Applies <c>graph-schema/schema.cypher</c>: uniqueness constraints on <c>id</c>, indexes, the full-text index.
    /// Each statement runs on its own (Neo4j does not mix schema and data changes in one transaction) and is
    /// idempotent (<c>IF NOT EXISTS</c>). Returns the statements applied.
    /// </summary>
    /// <exception cref="Neo4jServerException">The server refused a statement (for example, existing data breaks a constraint).</exception>
    /// <exception cref="Neo4jConnectionException">The server could not be reached.</exception>
    public async Task<IReadOnlyList<string>> ApplySchemaAsync(CancellationToken cancellationToken = default)
    {
        var empty = new Dictionary<string, object?>();
        foreach (var statement in SchemaScript.Statements)
        {
            await _session.RunAsync(statement, empty, cancellationToken).ConfigureAwait(false);
        }
        return SchemaScript.Statements;
    }

    /// <summary>Writes every node, then every relationship, in batches. Reports what landed and which documents did not.</summary>
    public async Task<GraphWriteResult> WriteAsync(GraphContent graph, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var run = new WriteRun(this);

        // Rows wait per label (and per relationship shape) until a batch is full, so memory stays bounded while
        // documents' nodes of different labels arrive interleaved.
        var nodeBatches = new SortedDictionary<NodeLabel, List<GraphNode>>();
        foreach (var node in graph.Nodes())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!nodeBatches.TryGetValue(node.Label, out var batch)) nodeBatches[node.Label] = batch = [];
            batch.Add(node);
            if (batch.Count >= _options.BatchSize) await run.WriteNodesAsync(node.Label, batch, cancellationToken).ConfigureAwait(false);
        }
        foreach (var (label, batch) in nodeBatches)
        {
            if (batch.Count > 0) await run.WriteNodesAsync(label, batch, cancellationToken).ConfigureAwait(false);
        }

        var relBatches = new SortedDictionary<RelationshipShape, List<GraphRelationship>>();
        foreach (var rel in graph.Relationships())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var shape = RelationshipShape.Of(rel);
            if (!relBatches.TryGetValue(shape, out var batch)) relBatches[shape] = batch = [];
            batch.Add(rel);
            if (batch.Count >= _options.BatchSize) await run.WriteRelationshipsAsync(shape, batch, cancellationToken).ConfigureAwait(false);
        }
        foreach (var (shape, batch) in relBatches)
        {
            if (batch.Count > 0) await run.WriteRelationshipsAsync(shape, batch, cancellationToken).ConfigureAwait(false);
        }
        return run.Result();
    }

    /// <summary>A node as a row of <see cref="MergeCypher"/>: <c>{id, props, lists}</c>.</summary>
    internal static Dictionary<string, object?> Row(GraphNode node) => Row(node.Properties);

    /// <summary>A relationship as a row of <see cref="MergeCypher"/>: <c>{id, start, end, props, lists}</c>.</summary>
    internal static Dictionary<string, object?> Row(GraphRelationship rel)
    {
        var row = Row(rel.Properties);
        row["start"] = rel.Start.Id;
        row["end"] = rel.End.Id;
        return row;
    }

    private static Dictionary<string, object?> Row(IReadOnlyDictionary<string, object> properties)
    {
        var props = new Dictionary<string, object?>(StringComparer.Ordinal);
        var lists = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in properties)
        {
            if (value is IReadOnlyList<string> list) lists[key] = list;
            else props[key] = value;
        }
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = properties["id"],
            ["props"] = props,
            ["lists"] = lists,
        };
    }

    /// <summary>The state of one <see cref="WriteAsync"/>: what landed, what failed, whether to go on sending.</summary>
    private sealed class WriteRun(Neo4jGraphWriter writer)
    {
        private readonly HashSet<string> _nodesNotWritten = new(StringComparer.Ordinal);
        private readonly SortedSet<string> _documentsNotWritten = new(StringComparer.Ordinal);
        private readonly List<BatchFailure> _failures = [];
        private readonly SortedDictionary<string, long> _counters = new(StringComparer.Ordinal);
        private int _transactions;
        private long _nodes;
        private long _relationships;
        private string? _stoppedBecause;

        public async Task WriteNodesAsync(NodeLabel label, List<GraphNode> batch, CancellationToken cancellationToken)
        {
            var what = string.Create(CultureInfo.InvariantCulture, $"{batch.Count} {label.Name()} nodes");
            var statement = NodeStatement(label, batch.SelectMany(n => MergeCypher.ListKeys(n.Properties)));
            if (await SendAsync(what, statement, batch.Select(n => (object?)Row(n)).ToList(), cancellationToken).ConfigureAwait(false))
            {
                _nodes += batch.Count;
            }
            else
            {
                foreach (var node in batch)
                {
                    _nodesNotWritten.Add(node.Id);
                    _documentsNotWritten.UnionWith(FactDocuments.Of(node));
                }
            }
            batch.Clear();
        }

        public async Task WriteRelationshipsAsync(RelationshipShape shape, List<GraphRelationship> batch, CancellationToken cancellationToken)
        {
            // A relationship to a node that did not land is matched to nothing and silently not created: its documents did not land either.
            foreach (var rel in batch.Where(r => _nodesNotWritten.Contains(r.Start.Id) || _nodesNotWritten.Contains(r.End.Id)))
            {
                _documentsNotWritten.UnionWith(FactDocuments.Of(rel));
            }
            var what = string.Create(CultureInfo.InvariantCulture, $"{batch.Count} {shape} relationships");
            var statement = RelationshipStatement(shape, batch.SelectMany(r => MergeCypher.ListKeys(r.Properties)));
            if (await SendAsync(what, statement, batch.Select(r => (object?)Row(r)).ToList(), cancellationToken).ConfigureAwait(false))
            {
                _relationships += batch.Count;
            }
            else
            {
                foreach (var rel in batch) _documentsNotWritten.UnionWith(FactDocuments.Of(rel));
            }
            batch.Clear();
        }

        /// <summary>Runs one batch in its own transaction, retrying what may succeed on a second try. False when it did not land.</summary>
        private async Task<bool> SendAsync(string what, string statement, List<object?> rows, CancellationToken cancellationToken)
        {
            if (_stoppedBecause is not null) return false;
            var options = writer._options;
            var parameters = new Dictionary<string, object?>(StringComparer.Ordinal) { ["rows"] = rows };
            var delay = options.RetryDelay;
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    CypherResult? result = null;
                    await writer._session.ExecuteWriteAsync(
                        async (tx, ct) => result = await tx.RunAsync(statement, parameters, ct).ConfigureAwait(false),
                        cancellationToken).ConfigureAwait(false);
                    foreach (var (key, value) in result?.Counters ?? new Dictionary<string, long>())
                    {
                        _counters[key] = _counters.GetValueOrDefault(key) + value;
                    }
                    _transactions++;
                    options.Progress?.Report(new GraphWriteProgress(_transactions, _nodes + _relationships + rows.Count, what));
                    return true;
                }
                catch (Exception e) when (e is Neo4jServerException { IsTransient: true } or Neo4jConnectionException && attempt < options.MaxAttempts)
                {
                    if (delay > TimeSpan.Zero) await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
                    delay *= 2;
                }
                catch (Neo4jServerException e)
                {
                    _failures.Add(new BatchFailure(what, attempt, e.ToString()));
                    return false;
                }
                catch (Neo4jConnectionException e)
                {
                    // The server stayed out of reach through every retry: later batches would only wait for it too.
                    _failures.Add(new BatchFailure(what, attempt, e.Message));
                    _stoppedBecause = e.Message;
                    return false;
                }
            }
        }

        public GraphWriteResult Result() => new()
        {
            Transactions = _transactions,
            NodesWritten = _nodes,
            RelationshipsWritten = _relationships,
            Counters = _counters,
            Failures = _failures,
            DocumentsNotWritten = _documentsNotWritten.ToArray(),
            StoppedBecause = _stoppedBecause,
        };
    }
}
