using Graph.Bolt.Tests.Support;

namespace Graph.Bolt.Tests.PackStream;

/// <summary>
/// The examples of the PackStream specification (neo4j.com/docs/bolt/current/packstream), one per
/// row: each value must pack to exactly these bytes and unpack back to the value.
/// </summary>
public sealed class PackStreamSpecExampleTests
{
    public static TheoryData<object?, string> Examples() => new()
    {
        // Null and Boolean
        { null, "C0" },
        { true, "C3" },
        { false, "C2" },

        // Integer: TINY_INT covers -16..127; then INT_8, INT_16, INT_32, INT_64, always the smallest
        { 1L, "01" },
        { 42L, "2A" },
        { 127L, "7F" },
        { 0L, "00" },
        { -1L, "FF" },
        { -16L, "F0" },
        { -17L, "C8 EF" },
        { -128L, "C8 80" },
        { 128L, "C9 00 80" },
        { 1234L, "C9 04 D2" },
        { -129L, "C9 FF 7F" },
        { 32767L, "C9 7F FF" },
        { -32768L, "C9 80 00" },
        { 32768L, "CA 00 00 80 00" },
        { -32769L, "CA FF FF 7F FF" },
        { 2147483647L, "CA 7F FF FF FF" },
        { -2147483648L, "CA 80 00 00 00" },
        { 2147483648L, "CB 00 00 00 00 80 00 00 00" },
        { -2147483649L, "CB FF FF FF FF 7F FF FF FF" },
        { 9223372036854775807L, "CB 7F FF FF FF FF FF FF FF" },
        { -9223372036854775808L, "CB 80 00 00 00 00 00 00 00" },

        // Float: C1 and a big-endian IEEE 754 double
        { 1.1, "C1 3F F1 99 99 99 99 99 9A" },
        { -1.1, "C1 BF F1 99 99 99 99 99 9A" },
        { 0.0, "C1 00 00 00 00 00 00 00 00" },
        { double.PositiveInfinity, "C1 7F F0 00 00 00 00 00 00" },

        // String: UTF-8, TINY_STRING below 16 bytes, then STRING_8
        { "", "80" },
        { "a", "81 61" },
        { "A", "81 41" },
        { "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "D0 1A 41 42 43 44 45 46 47 48 49 4A 4B 4C 4D 4E 4F 50 51 52 53 54 55 56 57 58 59 5A" },
        { "Größenmaßstäbe", "D0 12 47 72 C3 B6 C3 9F 65 6E 6D 61 C3 9F 73 74 C3 A4 62 65" },

        // List
        { new List<object?>(), "90" },
        { new List<object?> { 1L, 2L, 3L }, "93 01 02 03" },
        { new List<object?> { 1L, 2.0, "three" }, "93 01 C1 40 00 00 00 00 00 00 00 85 74 68 72 65 65" },
        { Enumerable.Repeat<object?>(1L, 40).ToList(), "D4 28 " + string.Join(' ', Enumerable.Repeat("01", 40)) },

        // Dictionary
        { new Dictionary<string, object?>(), "A0" },
        { new Dictionary<string, object?> { ["a"] = 1L }, "A1 81 61 01" },
        { new Dictionary<string, object?> { ["one"] = "eins" }, "A1 83 6F 6E 65 84 65 69 6E 73" },
        {
            Enumerable.Range(0, 26).ToDictionary(i => ((char)('A' + i)).ToString(), i => (object?)(long)(i + 1)),
            "D8 1A " + string.Join(' ', Enumerable.Range(0, 26).Select(i => $"81 {0x41 + i:X2} {i + 1:X2}"))
        },
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public void Packs_to_the_bytes_of_the_specification(object? value, string hex)
    {
        Hex.Pack(value).Should().Be(hex);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Unpacks_the_bytes_of_the_specification(object? expected, string hex)
    {
        DeepEqual.Same(Hex.Unpack(Hex.Bytes(hex)), expected).Should().BeTrue();
    }

    [Fact]
    public void Bytes_use_the_BYTES_markers_with_their_length()
    {
        Hex.Pack(Array.Empty<byte>()).Should().Be("CC 00");
        Hex.Pack(new byte[] { 1, 2, 3 }).Should().Be("CC 03 01 02 03");
        Hex.PackBytes(new byte[256])[..3].Should().Equal(0xCD, 0x01, 0x00);
        Hex.PackBytes(new byte[65536])[..5].Should().Equal(0xCE, 0x00, 0x01, 0x00, 0x00);
        ((byte[])Hex.Unpack(Hex.Bytes("CC 03 01 02 03"))!).Should().Equal(1, 2, 3);
    }

    [Theory]
    [InlineData(15, "8F")]
    [InlineData(16, "D0 10")]
    [InlineData(255, "D0 FF")]
    [InlineData(256, "D1 01 00")]
    [InlineData(65535, "D1 FF FF")]
    [InlineData(65536, "D2 00 01 00 00")]
    public void Strings_take_the_smallest_size_marker(int length, string header)
    {
        var bytes = Hex.PackBytes(new string('x', length));
        Hex.Of(bytes.AsSpan(0, Hex.Bytes(header).Length)).Should().Be(header);
        bytes.Length.Should().Be(Hex.Bytes(header).Length + length);
        ((string)Hex.Unpack(bytes)!).Length.Should().Be(length);
    }

    [Theory]
    [InlineData(15, "9F", "AF")]
    [InlineData(16, "D4 10", "D8 10")]
    [InlineData(255, "D4 FF", "D8 FF")]
    [InlineData(256, "D5 01 00", "D9 01 00")]
    [InlineData(65536, "D6 00 01 00 00", "DA 00 01 00 00")]
    public void Lists_and_dictionaries_take_the_smallest_size_marker(int count, string listHeader, string mapHeader)
    {
        var list = Hex.PackBytes(Enumerable.Repeat<object?>(null, count).ToList());
        Hex.Of(list.AsSpan(0, Hex.Bytes(listHeader).Length)).Should().Be(listHeader);
        ((IReadOnlyList<object?>)Hex.Unpack(list)!).Count.Should().Be(count);

        var map = Hex.PackBytes(Enumerable.Range(0, count).ToDictionary(i => i.ToString("x5", System.Globalization.CultureInfo.InvariantCulture), _ => (object?)null));
        Hex.Of(map.AsSpan(0, Hex.Bytes(mapHeader).Length)).Should().Be(mapHeader);
        ((IReadOnlyDictionary<string, object?>)Hex.Unpack(map)!).Count.Should().Be(count);
    }

    [Fact]
    public void Other_dotnet_integers_and_floats_pack_as_Integer_and_Float()
    {
        Hex.Pack(1234).Should().Be("C9 04 D2");
        Hex.Pack((short)-17).Should().Be("C8 EF");
        Hex.Pack((byte)200).Should().Be("C9 00 C8");
        Hex.Pack(uint.MaxValue).Should().Be("CB 00 00 00 00 FF FF FF FF");
        Hex.Pack(1.5f).Should().Be("C1 3F F8 00 00 00 00 00 00");
        Hex.Pack('é').Should().Be("82 C3 A9");
    }
}
