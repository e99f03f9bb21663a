using Graph.Bolt.PackStream;

namespace Graph.Bolt.Messages;

/// <summary>A message the client sends: it writes itself as one PackStream structure.</summary>
public interface IRequestMessage
{
    /// <summary>The message's signature.</summary>
    MessageSignature Signature { get; }

    /// <summary>Writes the message in the form that <paramref name="version"/> expects.</summary>
    void WriteTo(PackStreamWriter writer, BoltProtocolVersion version);
}
