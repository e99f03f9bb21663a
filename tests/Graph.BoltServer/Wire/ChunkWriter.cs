using System.Buffers;
using System.Buffers.Binary;

namespace Graph.BoltServer.Wire;

/// <summary>
/// Frames messages into chunks of at most 65,535 bytes followed by <c>00 00</c>, collecting them until
/// <see cref="FlushAsync"/>, so that the replies a script gives in a row go out in one write, as a server's would.
/// </summary>
internal sealed class ChunkWriter(Stream stream)
{
    private readonly ArrayBufferWriter<byte> _pending = new(1024);

    public void Write(ReadOnlySpan<byte> message)
    {
        while (!message.IsEmpty)
        {
            var size = Math.Min(message.Length, ushort.MaxValue);
            BinaryPrimitives.WriteUInt16BigEndian(_pending.GetSpan(2), (ushort)size);
            _pending.Advance(2);
            _pending.Write(message[..size]);
            message = message[size..];
        }
        _pending.Write(stackalloc byte[] { 0x00, 0x00 });
    }

    /// <summary>Raw bytes, outside any chunk (handshake answers).</summary>
    public void WriteRaw(ReadOnlySpan<byte> bytes) => _pending.Write(bytes);

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_pending.WrittenCount == 0) return;
        await stream.WriteAsync(_pending.WrittenMemory, cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        _pending.Clear();
    }
}
