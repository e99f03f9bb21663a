namespace Graph.Documents;

/// <summary>
/// Splits a stream into lines of bytes without decoding, so each JSON Lines record is decoded (and its
/// broken bytes reported) on its own, and a huge file streams instead of being read whole.
/// </summary>
/// <remarks>
/// A line longer than <c>maxLineBytes</c> is not kept: its bytes are read past and it comes back empty with
/// <see cref="LastLineTooLong"/> set, so a line that never ends (a link to /dev/zero) costs time, never memory.
/// </remarks>
internal sealed class ByteLineReader(Stream stream, long maxLineBytes = long.MaxValue)
{
    private readonly byte[] _block = new byte[1 << 16];
    private int _blockStart, _blockEnd;
    private long _consumed;

    /// <summary>Byte offset in the stream where the line returned last began.</summary>
    public long LineOffset { get; private set; }

    /// <summary>Byte offset in the stream just past the line returned last and its terminator.</summary>
    public long Position => _consumed;

    /// <summary>True when the line returned last was longer than the limit (and came back empty).</summary>
    public bool LastLineTooLong { get; private set; }

    /// <summary>Returns the next line without its terminator, or null at the end of the stream.</summary>
    public async ValueTask<byte[]?> ReadLineAsync(CancellationToken cancellationToken)
    {
        LineOffset = _consumed;
        LastLineTooLong = false;
        MemoryStream? pending = null;
        while (true)
        {
            if (_blockStart == _blockEnd)
            {
                _blockStart = 0;
                _blockEnd = await stream.ReadAsync(_block, cancellationToken).ConfigureAwait(false);
                if (_blockEnd == 0)
                {
                    if (LastLineTooLong) return [];
                    if (pending is null) return null;
                    return pending.ToArray();
                }
            }
            var span = _block.AsSpan(_blockStart, _blockEnd - _blockStart);
            var nl = span.IndexOf((byte)'\n');
            if (nl >= 0)
            {
                var piece = span[..nl];
                _blockStart += nl + 1;
                _consumed += nl + 1;
                if (LastLineTooLong || (pending?.Length ?? 0) + piece.Length > maxLineBytes)
                {
                    LastLineTooLong = true;
                    return [];
                }
                if (pending is null) return TrimCr(piece.ToArray());
                pending.Write(piece);
                return TrimCr(pending.ToArray());
            }
            _consumed += span.Length;
            if (!LastLineTooLong && (pending?.Length ?? 0) + span.Length > maxLineBytes)
            {
                LastLineTooLong = true;
                pending = null;
            }
            if (!LastLineTooLong)
            {
                pending ??= new MemoryStream();
                pending.Write(span);
            }
            _blockStart = _blockEnd;
        }
    }

    private static byte[] TrimCr(byte[] line) => line.Length > 0 && line[^1] == '\r' ? line[..^1] : line;
}
