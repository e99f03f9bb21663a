using Graph.Bolt.PackStream;

namespace Graph.Bolt.Messages;

/// <summary>LOGOFF (Bolt message spec, LOGOFF): no fields, <c>B0 6B</c>; (5.1+) drops the authentication, back to the AUTHENTICATION state.</summary>
public sealed class LogoffMessage : IRequestMessage
{
    private LogoffMessage()
    {
    }

    /// <summary>The only instance: the message has no fields.</summary>
    public static LogoffMessage Instance { get; } = new();

    /// <inheritdoc/>
    public MessageSignature Signature => MessageSignature.Logoff;

    /// <inheritdoc/>
    public void WriteTo(PackStreamWriter writer, BoltProtocolVersion version)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStructureHeader(0, (byte)Signature);
    }

    /// <inheritdoc/>
    public override string ToString() => "LOGOFF";
}
