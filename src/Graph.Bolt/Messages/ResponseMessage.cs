using Graph.Bolt.PackStream;

namespace Graph.Bolt.Messages;

/// <summary>
/// A message the server sends (Bolt message spec, "Summary messages" SUCCESS, IGNORED, FAILURE,
/// and "Detail messages" RECORD).
/// </summary>
public abstract record ResponseMessage
{
    /// <summary>Reads one whole, de-chunked message.</summary>
    /// <exception cref="BoltProtocolException">The bytes are not a response message.</exception>
    public static ResponseMessage Parse(ReadOnlyMemory<byte> message)
    {
        var reader = new PackStreamReader(message);
        var fieldCount = reader.ReadStructureHeader(out var tag);
        ResponseMessage response = ((MessageSignature)tag, fieldCount) switch
        {
            (MessageSignature.Success, 1) => new SuccessMessage(reader.ReadMap()),
            (MessageSignature.Record, 1) => new RecordMessage(reader.ReadList()),
            (MessageSignature.Ignored, 0) => IgnoredMessage.Instance,
            (MessageSignature.Failure, 1) => FailureMessage.FromMetadata(reader.ReadMap()),
            _ => throw new BoltProtocolException($"not a response message: signature 0x{tag:X2} with {fieldCount} fields"),
        };

        if (reader.Remaining != 0)
        {
            throw new BoltProtocolException($"{reader.Remaining} stray bytes after a {response.Signature} message");
        }

        return response;
    }

    /// <summary>The message's signature.</summary>
    public abstract MessageSignature Signature { get; }
}
