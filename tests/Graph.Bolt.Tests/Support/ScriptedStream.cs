namespace Graph.Bolt.Tests.Support;

/// <summary>
/// An in-memory duplex stream: reads come from canned server bytes, writes are captured. When the
/// canned bytes run out it either ends (EOF, like a closed socket) or hangs until cancelled (like a
/// silent server). Reads can be limited to a few bytes at a time, as a slow network delivers them.
/// </summary>
internal sealed class ScriptedStream(byte[] serverBytes, bool hangAtEnd = false, int maxReadSize = int.MaxValue) : Stream
{
    private readonly MemoryStream _written = new();
    private int _position;

    public byte[] Written => _written.ToArray();

    public bool IsDisposed { get; private set; }

    public override bool CanRead => true;

    public override bool CanWrite => true;

    public override bool CanSeek => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(IsDisposed, this);
        cancellationToken.ThrowIfCancellationRequested();
        if (_position >= serverBytes.Length)
        {
            if (!hangAtEnd) return 0;
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }

        var count = Math.Min(Math.Min(buffer.Length, maxReadSize), serverBytes.Length - _position);
        serverBytes.AsMemory(_position, count).CopyTo(buffer);
        _position += count;
        return count;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count, CancellationToken.None).GetAwaiter().GetResult();

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(IsDisposed, this);
        cancellationToken.ThrowIfCancellationRequested();
        _written.Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Write(byte[] buffer, int offset, int count) => _written.Write(buffer, offset, count);

    public override void Flush()
    {
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        IsDisposed = true;
        base.Dispose(disposing);
    }
}
