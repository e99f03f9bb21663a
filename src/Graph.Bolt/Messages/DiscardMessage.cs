using Graph.Bolt.PackStream;

namespace Graph.Bolt.Messages;

/// <summary>
/// DISCARD (Bolt message spec, DISCARD, 4.0+): drops records of a result; the same <c>n</c> and
/// <c>qid</c> dictionary as PULL.
/// </summary>
public sealed class DiscardMessage : IRequestMessage
{
    /// <summary>Creates the message.</summary>
    /// <param name="count">How many records to drop; -1 for all.</param>
    /// <param name="queryId">Which result in a transaction; -1 for the last.</param>
    public DiscardMessage(long count = -1, long queryId = -1)
    {
        StreamRequest.Validate(count);
        Count = count;
        QueryId = queryId;
    }

    /// <inheritdoc/>
    public MessageSignature Signature => MessageSignature.Discard;

    /// <summary>How many records (<c>n</c>); -1 for all.</summary>
    public long Count { get; }

    /// <summary>Which result (<c>qid</c>); -1 for the last.</summary>
    public long QueryId { get; }

    /// <inheritdoc/>
    public void WriteTo(PackStreamWriter writer, BoltProtocolVersion version) => StreamRequest.Write(writer, Signature, Count, QueryId);

    /// <inheritdoc/>
    public override string ToString() => StreamRequest.Describe("DISCARD", Count, QueryId);
}
