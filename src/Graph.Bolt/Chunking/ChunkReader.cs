using System.Buffers;
using System.Buffers.Binary;

namespace Graph.Bolt.Chunking;

/// <summary>
/// Reassembles messages from chunks (Bolt message spec, "Chunking"): reads 2-byte big-endian sizes
/// and payloads until an empty chunk ends the message. Empty chunks between messages are NOOPs
/// (keep-alives) and are skipped.
/// </summary>
public sealed class ChunkReader
{
    private readonly Stream _stream;
    private readonly byte[] _buffer;
    private readonly ArrayBufferWriter<byte> _message = new(8192);
    private int _start;
    private int _end;

    /// <summary>Creates a reader over <paramref name="stream"/>, reading at most <paramref name="bufferSize"/> bytes at a time.</summary>
    public ChunkReader(Stream stream, int bufferSize = 8192)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentOutOfRangeException.ThrowIfLessThan(bufferSize, 16);
        _stream = stream;
        _buffer = new byte[bufferSize];
    }

    /// <summary>Bytes read from the stream so far, framing included.</summary>
    public long BytesRead { get; private set; }

    /// <summary>Reads the next whole message.</summary>
    /// <returns>The message bytes; they stay valid until the next call.</returns>
    /// <exception cref="EndOfStreamException">The stream ended before a message did.</exception>
    public async ValueTask<ReadOnlyMemory<byte>> ReadMessageAsync(CancellationToken cancellationToken)
    {
        _message.ResetWrittenCount();
        while (true)
        {
            await FillAsync(2, cancellationToken).ConfigureAwait(false);
            int size = BinaryPrimitives.ReadUInt16BigEndian(_buffer.AsSpan(_start, 2));
            _start += 2;
            if (size == 0)
            {
                // 00 00 ends a message; before any chunk of one it is a NOOP, which carries nothing.
                if (_message.WrittenCount > 0) return _message.WrittenMemory;
                continue;
            }

            while (size > 0)
            {
                await FillAsync(1, cancellationToken).ConfigureAwait(false);
                var take = Math.Min(size, _end - _start);
                _message.Write(_buffer.AsSpan(_start, take));
                _start += take;
                size -= take;
            }
        }
    }

    private async ValueTask FillAsync(int count, CancellationToken cancellationToken)
    {
        if (_end - _start >= count) return;
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }

        while (_end < count)
        {
            var read = await _stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
            if (read == 0) throw new EndOfStreamException("the server closed the connection");
            _end += read;
            BytesRead += read;
        }
    }
}
