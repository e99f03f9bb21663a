using Graph.Bolt.PackStream;

namespace Graph.Bolt.Messages;

/// <summary>COMMIT (Bolt message spec, COMMIT): no fields, <c>B0 12</c>; commits the explicit transaction; SUCCESS carries the bookmark.</summary>
public sealed class CommitMessage : IRequestMessage
{
    private CommitMessage()
    {
    }

    /// <summary>The only instance: the message has no fields.</summary>
    public static CommitMessage Instance { get; } = new();

    /// <inheritdoc/>
    public MessageSignature Signature => MessageSignature.Commit;

    /// <inheritdoc/>
    public void WriteTo(PackStreamWriter writer, BoltProtocolVersion version)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStructureHeader(0, (byte)Signature);
    }

    /// <inheritdoc/>
    public override string ToString() => "COMMIT";
}
