namespace Graph.BoltServer.Wire;

/// <summary>
/// The base-128 variable-length integers of the manifest v1 handshake (bolt/handshake, "Manifest v1"):
/// seven bits a byte, least significant group first, the high bit set on every byte but the last.
/// </summary>
internal static class VarInt
{
    public static byte[] Encode(ulong value)
    {
        var bytes = new List<byte>();
        while (value >= 0x80)
        {
            bytes.Add((byte)(value | 0x80));
            value >>= 7;
        }
        bytes.Add((byte)value);
        return [.. bytes];
    }

    public static async Task<ulong> ReadAsync(Stream stream, CancellationToken cancellationToken)
    {
        var one = new byte[1];
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            await stream.ReadExactlyAsync(one, cancellationToken).ConfigureAwait(false);
            value |= (ulong)(one[0] & 0x7F) << shift;
            if ((one[0] & 0x80) == 0) return value;
        }
        throw new InvalidDataException("a handshake varint longer than 64 bits");
    }
}
