using Graph.Bolt.PackStream;

namespace Graph.Bolt.Messages;

/// <summary>
/// PULL (Bolt message spec, PULL, 4.0+): one dictionary with <c>n</c>, how many records (-1 for
/// all), and <c>qid</c>, which result (left out for -1, the last one).
/// </summary>
public sealed class PullMessage : IRequestMessage
{
    /// <summary>Creates the message.</summary>
    /// <param name="count">How many records; -1 for all.</param>
    /// <param name="queryId">Which result in a transaction; -1 for the last.</param>
    public PullMessage(long count, long queryId = -1)
    {
        StreamRequest.Validate(count);
        Count = count;
        QueryId = queryId;
    }

    /// <inheritdoc/>
    public MessageSignature Signature => MessageSignature.Pull;

    /// <summary>How many records (<c>n</c>); -1 for all.</summary>
    public long Count { get; }

    /// <summary>Which result (<c>qid</c>); -1 for the last.</summary>
    public long QueryId { get; }

    /// <inheritdoc/>
    public void WriteTo(PackStreamWriter writer, BoltProtocolVersion version) => StreamRequest.Write(writer, Signature, Count, QueryId);

    /// <inheritdoc/>
    public override string ToString() => StreamRequest.Describe("PULL", Count, QueryId);
}
