using Graph.Bolt.PackStream;

namespace Graph.Bolt.Messages;

/// <summary>
/// RUN (Bolt message spec, RUN): the query, its parameters, and <c>extra</c>: the transaction
/// configuration in auto-commit, an empty dictionary inside an explicit transaction.
/// </summary>
public sealed class RunMessage : IRequestMessage
{
    private static readonly IReadOnlyDictionary<string, object?> NoParameters = new Dictionary<string, object?>();

    /// <summary>Creates the message.</summary>
    /// <param name="query">The Cypher text.</param>
    /// <param name="parameters">The parameters; null for none.</param>
    /// <param name="autoCommit">The auto-commit configuration; null inside an explicit transaction.</param>
    public RunMessage(string query, IReadOnlyDictionary<string, object?>? parameters, TransactionConfig? autoCommit)
    {
        ArgumentNullException.ThrowIfNull(query);
        Query = query;
        Parameters = parameters ?? NoParameters;
        AutoCommit = autoCommit;
    }

    /// <inheritdoc/>
    public MessageSignature Signature => MessageSignature.Run;

    /// <summary>The Cypher text.</summary>
    public string Query { get; }

    /// <summary>The parameters.</summary>
    public IReadOnlyDictionary<string, object?> Parameters { get; }

    /// <summary>The auto-commit configuration, or null in an explicit transaction.</summary>
    public TransactionConfig? AutoCommit { get; }

    /// <inheritdoc/>
    public void WriteTo(PackStreamWriter writer, BoltProtocolVersion version)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStructureHeader(3, (byte)Signature);
        writer.WriteString(Query);
        writer.WriteMap(Parameters);
        writer.WriteMap(AutoCommit?.ToExtra() ?? new Dictionary<string, object?>());
    }

    /// <summary>The query and the names of its parameters (their values may be private).</summary>
    public override string ToString() => $"RUN {Query} {{{string.Join(", ", Parameters.Keys)}}}";
}
