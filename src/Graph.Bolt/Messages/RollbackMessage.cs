using Graph.Bolt.PackStream;

namespace Graph.Bolt.Messages;

/// <summary>ROLLBACK (Bolt message spec, ROLLBACK): no fields, <c>B0 13</c>; rolls the explicit transaction back.</summary>
public sealed class RollbackMessage : IRequestMessage
{
    private RollbackMessage()
    {
    }

    /// <summary>The only instance: the message has no fields.</summary>
    public static RollbackMessage Instance { get; } = new();

    /// <inheritdoc/>
    public MessageSignature Signature => MessageSignature.Rollback;

    /// <inheritdoc/>
    public void WriteTo(PackStreamWriter writer, BoltProtocolVersion version)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStructureHeader(0, (byte)Signature);
    }

    /// <inheritdoc/>
    public override string ToString() => "ROLLBACK";
}
