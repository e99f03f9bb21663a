using Graph.Bolt.PackStream;

namespace Graph.Bolt.Messages;

/// <summary>RESET (Bolt message spec, RESET): no fields, <c>B0 0F</c>; back to READY, discarding a failure, open results and an open transaction.</summary>
public sealed class ResetMessage : IRequestMessage
{
    private ResetMessage()
    {
    }

    /// <summary>The only instance: the message has no fields.</summary>
    public static ResetMessage Instance { get; } = new();

    /// <inheritdoc/>
    public MessageSignature Signature => MessageSignature.Reset;

    /// <inheritdoc/>
    public void WriteTo(PackStreamWriter writer, BoltProtocolVersion version)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStructureHeader(0, (byte)Signature);
    }

    /// <inheritdoc/>
    public override string ToString() => "RESET";
}
