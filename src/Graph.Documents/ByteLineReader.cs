namespace Graph.Documents;

/// <summary>
/// Splits a stream into lines of bytes without decoding, so each JSON Lines record is decoded (and its
/// broken bytes reported) on its own, and a huge file streams instead of being read whole.
/// </summary>
internal sealed class ByteLineReader(Stream stream)
{
    private readonly byte[] _block = new byte[1 << 16];
    private int _blockStart, _blockEnd;
    private long _consumed;

    /// <summary>Byte offset in the stream where the line returned last began.</summary>
    public long LineOffset { get; private set; }

    /// <summary>Byte offset in the stream just past the line returned last and its terminator.</summary>
    public long Position => _consumed;

    /// <summary>Returns the next line without its terminator, or null at the end of the stream.</summary>
    public async ValueTask<byte[]?> ReadLineAsync(CancellationToken cancellationToken)
    {
        LineOffset = _consumed;
        MemoryStream? pending = null;
        while (true)
        {
            if (_blockStart == _blockEnd)
            {
                _blockStart = 0;
                _blockEnd = await stream.ReadAsync(_block, cancellationToken).ConfigureAwait(false);
                if (_blockEnd == 0)
                {
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
                if (pending is null) return TrimCr(piece.ToArray());
                pending.Write(piece);
                return TrimCr(pending.ToArray());
            }
            pending ??= new MemoryStream();
            pending.Write(span);
            _consumed += span.Length;
            _blockStart = _blockEnd;
        }
    }

    private static byte[] TrimCr(byte[] line) => line.Length > 0 && line[^1] == '\r' ? line[..^1] : line;
}
