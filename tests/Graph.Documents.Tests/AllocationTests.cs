using System.Text;
using static Graph.Documents.Tests.Reading;

namespace Graph.Documents.Tests;

/// <summary>Tests that measure what the process allocates, run alone so that no other test's allocations count.</summary>
[CollectionDefinition(nameof(AllocationTests), DisableParallelization = true)]
public sealed class RunAlone;

/// <summary>A line that never ends costs time, never memory.</summary>
[Collection(nameof(AllocationTests))]
public sealed class AllocationTests
{
    private static string Article(string who) => $"{who} opened the new ferry terminal at Eastbrook on Monday.";

    [Fact]
    public async Task A_line_that_never_ends_is_read_past_in_bounded_memory()
    {
        // 64 MiB of one line, then a good record: far more than the limit, read in blocks and never held.
        var stream = new LongLineThen(64L << 20, Encoding.UTF8.GetBytes("\n{\"text\":\"" + Article("Ana Holm") + "\"}\n"));
        var options = new ReaderOptions { MaxDocumentBytes = 1 << 20, Format = InputFormat.JsonLines, StandardInput = () => stream };
        var before = GC.GetTotalAllocatedBytes(precise: true);

        var results = await ReadAllAsync(options, "-");

        (GC.GetTotalAllocatedBytes(precise: true) - before).Should().BeLessThan(16L << 20, "the long line is skipped, not kept");
        results.Should().HaveCount(2);
        results[0].Issues.Single().Message.Should().Contain("more than the limit of 1,048,576 bytes");
        results[1].Document!.Text.Should().Be(Article("Ana Holm"));
    }


    /// <summary>A line of <paramref name="length"/> 'x' bytes, made as it is read and never held, then <paramref name="tail"/>.</summary>
    private sealed class LongLineThen(long length, byte[] tail) : Stream
    {
        private long _position;
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => length + tail.Length;
        public override long Position { get => _position; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_position < length)
            {
                var n = (int)Math.Min(count, length - _position);
                buffer.AsSpan(offset, n).Fill((byte)'x');
                _position += n;
                return n;
            }
            var from = (int)(_position - length);
            var m = Math.Min(count, tail.Length - from);
            tail.AsSpan(from, m).CopyTo(buffer.AsSpan(offset));
            _position += m;
            return m;
        }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
