using System.Buffers;
using Graph.Bolt.PackStream;

namespace Graph.Bolt.Tests.Support;

/// <summary>Hex strings as the specification prints them ("C9 04 D2") and back.</summary>
internal static class Hex
{
    public static byte[] Bytes(string hex) => Convert.FromHexString(hex.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal));

    public static string Of(ReadOnlySpan<byte> bytes) => string.Join(' ', bytes.ToArray().Select(b => b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>The PackStream bytes of one value, as hex.</summary>
    public static string Pack(object? value, PackStreamOptions? options = null) => Of(PackBytes(value, options));

    public static byte[] PackBytes(object? value, PackStreamOptions? options = null)
    {
        var buffer = new ArrayBufferWriter<byte>();
        new PackStreamWriter(buffer, options).WriteValue(value);
        return buffer.WrittenSpan.ToArray();
    }

    public static object? Unpack(byte[] bytes)
    {
        var reader = new PackStreamReader(bytes);
        var value = reader.ReadValue();
        reader.Remaining.Should().Be(0, "one value fills the buffer");
        return value;
    }
}
