using Graph.Bolt.Messages;

namespace Graph.Bolt.Connection;

/// <summary>
/// The version handshake (Bolt handshake spec): the client sends the magic <c>60 60 B0 17</c> and
/// four 4-byte proposals <c>00 RANGE MINOR MAJOR</c>, best first; the server answers with the
/// version it picked, <c>00 00 MINOR MAJOR</c>, or <c>00 00 00 00</c> when it supports none.
/// </summary>
public static class BoltHandshake
{
    /// <summary>The four magic bytes that open every Bolt connection.</summary>
    public static ReadOnlySpan<byte> Magic => [0x60, 0x60, 0xB0, 0x17];

    /// <summary>
    /// The proposals: 5.4 with a range of 4 (5.4 down to 5.0, ranges are allowed from 4.3), then
    /// 4.4; the last two slots are empty.
    /// </summary>
    public static ReadOnlySpan<byte> Proposals =>
    [
        0x00, 0x04, 0x04, 0x05,
        0x00, 0x00, 0x04, 0x04,
        0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00,
    ];

    /// <summary>The versions this client speaks, newest first.</summary>
    public static IReadOnlyList<BoltProtocolVersion> SupportedVersions { get; } =
    [
        BoltProtocolVersion.V54, BoltProtocolVersion.V53, BoltProtocolVersion.V52,
        BoltProtocolVersion.V51, BoltProtocolVersion.V50, BoltProtocolVersion.V44,
    ];

    /// <summary>The 20 bytes the client sends first: magic and proposals.</summary>
    public static byte[] CreateRequest()
    {
        var request = new byte[20];
        Magic.CopyTo(request);
        Proposals.CopyTo(request.AsSpan(4));
        return request;
    }

    /// <summary>Reads the server's 4-byte answer.</summary>
    /// <exception cref="BoltProtocolException">The server agreed to nothing, is not a Bolt server, or picked a version not offered.</exception>
    public static BoltProtocolVersion ParseResponse(ReadOnlySpan<byte> response)
    {
        if (response.Length != 4) throw new ArgumentException("the handshake answer is 4 bytes", nameof(response));
        if (response.SequenceEqual((ReadOnlySpan<byte>)[0, 0, 0, 0]))
        {
            throw new BoltProtocolException(
                "the server supports none of the offered Bolt versions (5.4 down to 5.0, and 4.4): it needs Neo4j 4.4 or later");
        }

        if (response.SequenceEqual("HTTP"u8))
        {
            throw new BoltProtocolException("the server answered in HTTP: use the Bolt port (usually 7687), not the HTTP port (7474)");
        }

        var version = new BoltProtocolVersion(response[3], response[2]);
        if (response[0] != 0 || response[1] != 0 || !SupportedVersions.Contains(version))
        {
            throw new BoltProtocolException(
                $"the server answered the handshake with {Convert.ToHexString(response)}, which is not one of the offered versions");
        }

        return version;
    }
}
