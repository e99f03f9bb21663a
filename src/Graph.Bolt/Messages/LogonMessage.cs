using Graph.Bolt.PackStream;

namespace Graph.Bolt.Messages;

/// <summary>LOGON (Bolt 5.1+, Bolt message spec, LOGON): one dictionary with <c>scheme</c>, <c>principal</c>, <c>credentials</c>.</summary>
public sealed class LogonMessage : IRequestMessage
{
    /// <summary>Creates the message.</summary>
    public LogonMessage(AuthToken auth)
    {
        ArgumentNullException.ThrowIfNull(auth);
        Auth = auth;
    }

    /// <inheritdoc/>
    public MessageSignature Signature => MessageSignature.Logon;

    /// <summary>The credentials.</summary>
    public AuthToken Auth { get; }

    /// <inheritdoc/>
    public void WriteTo(PackStreamWriter writer, BoltProtocolVersion version)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var entries = new Dictionary<string, object?>(StringComparer.Ordinal);
        Auth.AddTo(entries);
        writer.WriteStructureHeader(1, (byte)Signature);
        writer.WriteMap(entries);
    }

    /// <summary>The message without its secret.</summary>
    public override string ToString() => $"LOGON {Auth}";
}
