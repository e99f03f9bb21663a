using System.Buffers.Binary;

namespace Graph.BoltServer.Wire;

/// <summary>
/// Reads whole messages from the chunked stream (neo4j.com/docs/bolt/current/bolt/message/, "Chunking"):
/// each chunk is a 2-byte big-endian size and that many bytes; a <c>00 00</c> ends the message.
/// A <c>00 00</c> with no chunk before it is a NOOP (keep-alive, Bolt 4.1+) and is skipped.
/// </summary>
internal sealed class ChunkReader(Stream stream)
{
    /// <summary>Messages above this size are refused: a test double never needs them, and a bad size would eat memory.</summary>
    private const int MaxMessageSize = 64 * 1024 * 1024;

    private readonly byte[] _header = new byte[2];

    /// <summary>The next message's bytes, or <c>null</c> when the peer closed the connection between messages.</summary>
    public async Task<byte[]?> ReadMessageAsync(CancellationToken cancellationToken)
    {
        using var message = new MemoryStream();
        while (true)
        {
            var read = await stream.ReadAtLeastAsync(_header, 2, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
            if (read < 2)
            {
                if (read == 0 && message.Length == 0) return null;
                throw new InvalidDataException($"the connection closed in the middle of a message ({message.Length + read} bytes read)");
            }
            var size = BinaryPrimitives.ReadUInt16BigEndian(_header);
            if (size == 0)
            {
                if (message.Length == 0) continue; // NOOP chunk between messages
                return message.ToArray();
            }
            if (message.Length + size > MaxMessageSize) throw new InvalidDataException($"a message over {MaxMessageSize} bytes");
            var chunk = new byte[size];
            await stream.ReadExactlyAsync(chunk, cancellationToken).ConfigureAwait(false);
            message.Write(chunk);
        }
    }
}
