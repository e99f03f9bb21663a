using System.Buffers.Binary;
using System.Globalization;

namespace Graph.BoltServer.Wire;

/// <summary>
/// What a client sends first (bolt/handshake): the magic <c>60 60 B0 17</c>, then four 4-byte slots
/// <c>00 RANGE MINOR MAJOR</c>, each offering MAJOR.MINOR down to MAJOR.(MINOR-RANGE); <c>00 00 01 FF</c>
/// offers the manifest v1 negotiation instead of a version.
/// </summary>
internal sealed record HandshakeRequest(IReadOnlyList<uint> Slots)
{
    public const uint ManifestV1 = 0x000001FF;

    private static readonly byte[] Magic = [0x60, 0x60, 0xB0, 0x17];

    public bool OffersManifestV1 => Slots.Contains(ManifestV1);

    public static async Task<HandshakeRequest> ReadAsync(Stream stream, CancellationToken cancellationToken)
    {
        var bytes = new byte[20];
        await stream.ReadExactlyAsync(bytes, cancellationToken).ConfigureAwait(false);
        if (!bytes.AsSpan(0, 4).SequenceEqual(Magic))
        {
            throw new InvalidDataException($"the client did not start with the Bolt magic 60 60 B0 17 but with {Convert.ToHexString(bytes, 0, 4)}");
        }
        var slots = new uint[4];
        for (var i = 0; i < 4; i++) slots[i] = BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(4 + (4 * i), 4));
        return new HandshakeRequest(slots);
    }

    /// <summary>Whether one of the version slots (not the manifest one) covers <paramref name="version"/>.</summary>
    public bool Offers(BoltVersion version) => Slots.Where(s => s != ManifestV1).Any(slot =>
    {
        var (major, minor, range) = Decode(slot);
        return major == version.Major && version.Minor <= minor && version.Minor >= minor - range;
    });

    /// <summary>"manifest v1, 5.8-5.0, 4.4-4.2, 3.0": empty slots left out.</summary>
    public override string ToString() => string.Join(", ", Slots.Where(s => s != 0).Select(slot =>
    {
        if (slot == ManifestV1) return "manifest v1";
        var (major, minor, range) = Decode(slot);
        return range == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{major}.{minor}")
            : string.Create(CultureInfo.InvariantCulture, $"{major}.{minor}-{major}.{minor - range}");
    }));

    private static (int Major, int Minor, int Range) Decode(uint slot) => ((int)(slot & 0xFF), (int)((slot >> 8) & 0xFF), (int)((slot >> 16) & 0xFF));

    /// <summary>The 4-byte answer for one version, <c>00 00 MINOR MAJOR</c>.</summary>
    public static byte[] Encode(BoltVersion version) => [0x00, 0x00, (byte)version.Minor, (byte)version.Major];
}
