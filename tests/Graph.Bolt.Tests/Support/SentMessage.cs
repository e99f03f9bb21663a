using Graph.Bolt.Chunking;
using Graph.Bolt.Messages;
using Graph.Bolt.PackStream;

namespace Graph.Bolt.Tests.Support;

/// <summary>A request as the client put it on the wire, decoded back: its signature and fields.</summary>
internal sealed record SentMessage(MessageSignature Signature, IReadOnlyList<object?> Fields)
{
    public IReadOnlyDictionary<string, object?> Map(int field) => (IReadOnlyDictionary<string, object?>)Fields[field]!;

    /// <summary>Decodes what a client wrote: 20 handshake bytes, then chunked messages.</summary>
    public static async Task<IReadOnlyList<SentMessage>> DecodeAsync(byte[] written)
    {
        written.Length.Should().BeGreaterThanOrEqualTo(20);
        Hex.Of(written.AsSpan(0, 4)).Should().Be("60 60 B0 17");
        var reader = new ChunkReader(new MemoryStream(written, 20, written.Length - 20));
        var messages = new List<SentMessage>();
        while (true)
        {
            ReadOnlyMemory<byte> body;
            try
            {
                body = await reader.ReadMessageAsync(CancellationToken.None);
            }
            catch (EndOfStreamException)
            {
                return messages;
            }

            var packStream = new PackStreamReader(body);
            var count = packStream.ReadStructureHeader(out var tag);
            var fields = new List<object?>();
            for (var i = 0; i < count; i++) fields.Add(packStream.ReadValue());
            packStream.Remaining.Should().Be(0);
            messages.Add(new SentMessage((MessageSignature)tag, fields));
        }
    }
}
