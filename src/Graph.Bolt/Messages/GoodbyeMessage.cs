using Graph.Bolt.PackStream;

namespace Graph.Bolt.Messages;

/// <summary>GOODBYE (Bolt message spec, GOODBYE): no fields, <c>B0 02</c>; the client is closing the connection; the server closes it without a reply.</summary>
public sealed class GoodbyeMessage : IRequestMessage
{
    private GoodbyeMessage()
    {
    }

    /// <summary>The only instance: the message has no fields.</summary>
    public static GoodbyeMessage Instance { get; } = new();

    /// <inheritdoc/>
    public MessageSignature Signature => MessageSignature.Goodbye;

    /// <inheritdoc/>
    public void WriteTo(PackStreamWriter writer, BoltProtocolVersion version)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStructureHeader(0, (byte)Signature);
    }

    /// <inheritdoc/>
    public override string ToString() => "GOODBYE";
}
