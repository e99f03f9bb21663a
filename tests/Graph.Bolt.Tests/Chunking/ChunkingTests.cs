using Graph.Bolt.Chunking;
using Graph.Bolt.Tests.Support;

namespace Graph.Bolt.Tests.Chunking;

/// <summary>Chunking (Bolt message spec): 2-byte big-endian sizes, at most 65,535 per chunk, 00 00 ends a message.</summary>
public sealed class ChunkingTests
{
    [Fact]
    public async Task A_small_message_is_one_chunk_and_the_end_marker()
    {
        var stream = new MemoryStream();
        var writer = new ChunkWriter(stream);
        writer.WriteMessage(Hex.Bytes("B1 01 A0"));
        writer.BufferedBytes.Should().Be(7);
        await writer.FlushAsync(CancellationToken.None);

        Hex.Of(stream.ToArray()).Should().Be("00 03 B1 01 A0 00 00");
        writer.BufferedBytes.Should().Be(0);
    }

    [Fact]
    public async Task A_message_larger_than_65535_bytes_is_split_into_full_chunks()
    {
        var message = Enumerable.Range(0, 65_535 * 2 + 10).Select(i => (byte)i).ToArray();
        var stream = new MemoryStream();
        var writer = new ChunkWriter(stream);
        writer.WriteMessage(message);
        await writer.FlushAsync(CancellationToken.None);
        var bytes = stream.ToArray();

        Hex.Of(bytes.AsSpan(0, 2)).Should().Be("FF FF");
        Hex.Of(bytes.AsSpan(2 + 65_535, 2)).Should().Be("FF FF");
        Hex.Of(bytes.AsSpan(2 * (2 + 65_535), 2)).Should().Be("00 0A");
        Hex.Of(bytes.AsSpan(bytes.Length - 2)).Should().Be("00 00");
        bytes.Length.Should().Be(message.Length + 3 * 2 + 2);

        var read = await new ChunkReader(new MemoryStream(bytes)).ReadMessageAsync(CancellationToken.None);
        read.ToArray().Should().Equal(message);
    }

    [Fact]
    public async Task A_message_of_exactly_65535_bytes_is_one_chunk()
    {
        var stream = new MemoryStream();
        var writer = new ChunkWriter(stream);
        writer.WriteMessage(new byte[65_535]);
        await writer.FlushAsync(CancellationToken.None);

        stream.Length.Should().Be(2 + 65_535 + 2);
    }

    [Fact]
    public async Task NOOP_chunks_between_messages_are_ignored()
    {
        var bytes = Hex.Bytes("00 00 00 00 00 02 B0 7E 00 00 00 00 00 00 00 03 B1 70 A0 00 00 00 00");
        var reader = new ChunkReader(new MemoryStream(bytes));

        Hex.Of((await reader.ReadMessageAsync(CancellationToken.None)).Span).Should().Be("B0 7E");
        Hex.Of((await reader.ReadMessageAsync(CancellationToken.None)).Span).Should().Be("B1 70 A0");
        var end = async () => await reader.ReadMessageAsync(CancellationToken.None);
        await end.Should().ThrowAsync<EndOfStreamException>();
    }

    [Fact]
    public async Task A_message_in_several_chunks_is_reassembled()
    {
        var bytes = Hex.Bytes("00 01 B1 00 02 70 A1 00 03 81 61 01 00 00");
        var message = await new ChunkReader(new MemoryStream(bytes)).ReadMessageAsync(CancellationToken.None);

        Hex.Of(message.Span).Should().Be("B1 70 A1 81 61 01");
    }

    [Fact]
    public async Task Bytes_that_trickle_in_one_at_a_time_make_the_same_messages()
    {
        var big = new byte[70_000];
        new Random(7).NextBytes(big);
        var stream = new MemoryStream();
        var writer = new ChunkWriter(stream);
        writer.WriteMessage(big);
        writer.WriteNoop();
        writer.WriteMessage(Hex.Bytes("B0 7E"));
        await writer.FlushAsync(CancellationToken.None);

        var reader = new ChunkReader(new ScriptedStream(stream.ToArray(), maxReadSize: 1), bufferSize: 16);
        (await reader.ReadMessageAsync(CancellationToken.None)).ToArray().Should().Equal(big);
        Hex.Of((await reader.ReadMessageAsync(CancellationToken.None)).Span).Should().Be("B0 7E");
    }

    [Fact]
    public async Task A_stream_that_ends_mid_message_is_an_end_of_stream()
    {
        var reader = new ChunkReader(new MemoryStream(Hex.Bytes("00 05 B1 70")));
        var act = async () => await reader.ReadMessageAsync(CancellationToken.None);
        await act.Should().ThrowAsync<EndOfStreamException>();
    }

    [Fact]
    public void An_empty_message_is_refused_because_it_would_read_as_a_NOOP()
    {
        var act = () => new ChunkWriter(new MemoryStream()).WriteMessage([]);
        act.Should().Throw<ArgumentException>();
    }
}
