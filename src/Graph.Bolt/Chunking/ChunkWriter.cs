using System.Buffers;
using System.Buffers.Binary;

namespace Graph.Bolt.Chunking;

/// <summary>
/// Frames messages into chunks (Bolt message spec, "Chunking"): each chunk is a 2-byte big-endian
/// size and that many bytes, at most 65,535; an empty chunk <c>00 00</c> ends the message.
/// Messages are buffered, so that several can be pipelined in one write.
/// </summary>
public sealed class ChunkWriter
{
    /// <summary>The largest chunk the 2-byte size can describe.</summary>
    public const int MaxChunkSize = ushort.MaxValue;

    private readonly Stream _stream;
    private readonly ArrayBufferWriter<byte> _pending = new(8192);

    /// <summary>Creates a writer that sends to <paramref name="stream"/> on <see cref="FlushAsync"/>.</summary>
    public ChunkWriter(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stream = stream;
    }

    /// <summary>Bytes sent so far, framing included.</summary>
    public long BytesWritten { get; private set; }

    /// <summary>How many times buffered messages went out together: each is one trip to the server and back at most.</summary>
    public long Flushes { get; private set; }

    /// <summary>How many framed bytes wait for <see cref="FlushAsync"/>.</summary>
    public int BufferedBytes => _pending.WrittenCount;

    /// <summary>Frames one message: as many chunks as it needs, then the <c>00 00</c> end marker.</summary>
    /// <exception cref="ArgumentException">The message is empty: an empty message would read as a NOOP.</exception>
    public void WriteMessage(ReadOnlySpan<byte> message)
    {
        if (message.IsEmpty) throw new ArgumentException("a Bolt message is never empty", nameof(message));
        while (!message.IsEmpty)
        {
            var size = Math.Min(message.Length, MaxChunkSize);
            var span = _pending.GetSpan(2 + size);
            BinaryPrimitives.WriteUInt16BigEndian(span, (ushort)size);
            message[..size].CopyTo(span[2..]);
            _pending.Advance(2 + size);
            message = message[size..];
        }

        WriteEnd();
    }

    /// <summary>Writes a NOOP (a lone <c>00 00</c> between messages), which keeps an idle connection alive.</summary>
    public void WriteNoop() => WriteEnd();

    /// <summary>Drops what was framed but not yet sent.</summary>
    public void Discard() => _pending.Clear();

    /// <summary>Sends everything framed so far, and flushes the stream.</summary>
    public async ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        if (_pending.WrittenCount == 0) return;
        try
        {
            await _stream.WriteAsync(_pending.WrittenMemory, cancellationToken).ConfigureAwait(false);
            await _stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            BytesWritten += _pending.WrittenCount;
            Flushes++;
        }
        finally
        {
            _pending.Clear();
        }
    }

    private void WriteEnd()
    {
        var span = _pending.GetSpan(2);
        span[0] = 0;
        span[1] = 0;
        _pending.Advance(2);
    }
}
