using System.Buffers;
using Graph.Bolt.PackStream;

namespace Graph.Bolt.Tests.Support;

/// <summary>
/// The bytes a server would send, written down in advance (no server runs): the handshake answer
/// and chunked response messages. Framing is done here by hand, independently of ChunkWriter.
/// Bodies are packed with PackStreamWriter, which the byte-exact spec examples check.
/// </summary>
internal sealed class CannedReplies
{
    private readonly List<byte> _bytes = [];

    public CannedReplies Version(int major, int minor) => Raw([0, 0, (byte)minor, (byte)major]);

    public CannedReplies Raw(params byte[] bytes)
    {
        _bytes.AddRange(bytes);
        return this;
    }

    public CannedReplies RawHex(string hex) => Raw(Hex.Bytes(hex));

    /// <summary>A message whose body is given as hex, framed into one chunk and the end marker.</summary>
    public CannedReplies MessageHex(string hex) => Message(Hex.Bytes(hex));

    public CannedReplies Message(byte[] body)
    {
        _bytes.Add((byte)(body.Length >> 8));
        _bytes.Add((byte)body.Length);
        _bytes.AddRange(body);
        _bytes.Add(0);
        _bytes.Add(0);
        return this;
    }

    public CannedReplies Noop() => Raw(0, 0);

    public CannedReplies Success(IReadOnlyDictionary<string, object?>? metadata = null) => Structure(0x70, metadata ?? new Dictionary<string, object?>());

    public CannedReplies Success(params (string Key, object? Value)[] metadata) =>
        Success(metadata.ToDictionary(entry => entry.Key, entry => entry.Value));

    public CannedReplies HelloSuccess(string server = "Neo4j/5.26.0", string connectionId = "bolt-7") =>
        Success(("server", server), ("connection_id", connectionId));

    public CannedReplies RunSuccess(params string[] fields) => Success(("fields", fields), ("t_first", 1L));

    public CannedReplies Record(params object?[] values) => Structure(0x71, values.ToList());

    public CannedReplies Ignored() => MessageHex("B0 7E");

    public CannedReplies Failure(string code, string message) =>
        Structure(0x7F, new Dictionary<string, object?> { ["code"] = code, ["message"] = message });

    public byte[] ToArray() => [.. _bytes];

    private CannedReplies Structure(byte tag, object field)
    {
        var buffer = new ArrayBufferWriter<byte>();
        var writer = new PackStreamWriter(buffer);
        writer.WriteStructureHeader(1, tag);
        writer.WriteValue(field);
        return Message(buffer.WrittenSpan.ToArray());
    }
}
