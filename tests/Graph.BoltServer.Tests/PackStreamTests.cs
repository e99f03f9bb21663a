using Graph.BoltServer.PackStream;
using Graph.BoltServer.Wire;

namespace Graph.BoltServer.Tests;

/// <summary>The double's own PackStream and chunking, byte for byte against the spec's examples (packstream, bolt/message).</summary>
public class PackStreamTests
{
    private static string Hex(object? value)
    {
        var writer = new PackStreamWriter();
        writer.Write(value);
        return Convert.ToHexString(writer.WrittenMemory.Span);
    }

    private static object? RoundTrip(object? value)
    {
        var writer = new PackStreamWriter();
        writer.Write(value);
        var reader = new PackStreamReader(writer.WrittenMemory);
        var result = reader.Read();
        reader.AtEnd.Should().BeTrue();
        return result;
    }

    [Theory]
    [InlineData(null, "C0")]
    [InlineData(true, "C3")]
    [InlineData(false, "C2")]
    [InlineData(1, "01")]
    [InlineData(127, "7F")]
    [InlineData(-16, "F0")]
    [InlineData(-17, "C8EF")]
    [InlineData(-128, "C880")]
    [InlineData(128, "C90080")]
    [InlineData(-129, "C9FF7F")]
    [InlineData(32768, "CA00008000")]
    [InlineData(2147483648L, "CB0000000080000000")]
    [InlineData(1.1, "C13FF199999999999A")]
    [InlineData("", "80")]
    [InlineData("a", "8161")]
    [InlineData("Größenmaßstäbe", "D0124772C3B6C39F656E6D61C39F7374C3A46265")]
    public void Scalars_take_their_smallest_form(object? value, string hex) => Hex(value).Should().Be(hex);

    [Fact]
    public void Collections_and_structures_have_their_markers()
    {
        Hex(Array.Empty<int>()).Should().Be("90");
        Hex(new[] { 1, 2, 3 }).Should().Be("93010203");
        Hex(new { a = 1 }).Should().Be("A1816101");
        Hex(new Dictionary<string, object?>()).Should().Be("A0");
        Hex(new byte[] { 1, 2 }).Should().Be("CC020102");
        Hex(Enumerable.Range(0, 16).ToArray()).Should().StartWith("D410");
        Hex(new PackStreamStructure(0x4E, [1L, new[] { "Person" }, new { }])).Should().Be("B34E019186506572736F6EA0");
    }

    [Fact]
    public void A_hello_message_begins_B1_01()
    {
        var hello = new BoltMessage(MessageSignature.Hello, [new { user_agent = "x" }]);
        Convert.ToHexString(hello.Encode().Span).Should().Be("B101A18A757365725F6167656E748178");
    }

    [Fact]
    public void Values_survive_a_round_trip()
    {
        var value = new
        {
            n = long.MinValue,
            f = -0.5,
            s = new string('x', 70_000),
            list = new object?[] { null, true, "é", new byte[300] },
            nested = new { deep = new[] { new { x = 1 } } },
            node = new PackStreamStructure(0x4E, [7L, new[] { "A" }, new { name = "n" }]),
        };
        PackValue.AreEqual(value, RoundTrip(value)).Should().BeTrue();
    }

    [Fact]
    public void Equality_is_strict_about_types_and_names_where_values_differ()
    {
        PackValue.Difference(new { x = 1 }, new { x = 1.0 }, "parameters", subset: false).Should().Be("parameters.x: expected 1, got 1.0");
        PackValue.Difference(new { db = "neo4j" }, new { }, "extra", subset: true).Should().Be("extra.db: expected \"neo4j\", but the key is missing");
        PackValue.Difference(new { }, new { mode = "r" }, "extra", subset: true).Should().BeNull();
        PackValue.Difference(new { }, new { mode = "r" }, "parameters", subset: false).Should().Be("parameters.mode: not expected, got \"r\"");
        PackValue.Difference(new[] { "a" }, new[] { "a", "b" }, "bookmarks", subset: false).Should().Be("bookmarks: expected [\"a\"], got [\"a\", \"b\"]");
    }

    [Fact]
    public void Format_reads_like_a_stub_script()
    {
        PackValue.Format(new { query = "say \"hi\"\n", n = 1, f = 2.0, nothing = (object?)null, b = new byte[] { 0x0A } })
            .Should().Be("{query: \"say \\\"hi\\\"\\n\", n: 1, f: 2.0, nothing: null, b: #0A}");
        PackValue.Format(new Dictionary<string, object?> { ["telemetry.enabled"] = true, ["a b"] = 1 })
            .Should().Be("{telemetry.enabled: true, \"a b\": 1}");
    }

    [Fact]
    public async Task Chunks_hold_at_most_65535_bytes_and_a_message_ends_with_00_00()
    {
        var message = new byte[70_000];
        Random.Shared.NextBytes(message);
        using var stream = new MemoryStream();
        var writer = new ChunkWriter(stream);
        writer.Write(message);
        await writer.FlushAsync(CancellationToken.None);

        var bytes = stream.ToArray();
        bytes.Length.Should().Be(2 + 65_535 + 2 + 4_465 + 2);
        Convert.ToHexString(bytes, 0, 2).Should().Be("FFFF");
        Convert.ToHexString(bytes, 2 + 65_535, 2).Should().Be("1171");
        Convert.ToHexString(bytes, bytes.Length - 2, 2).Should().Be("0000");

        // With a NOOP chunk in front, the reader gives back the same message, then the end of the stream.
        using var input = new MemoryStream([0, 0, .. bytes]);
        var reader = new ChunkReader(input);
        (await reader.ReadMessageAsync(CancellationToken.None)).Should().Equal(message);
        (await reader.ReadMessageAsync(CancellationToken.None)).Should().BeNull();
    }

    [Fact]
    public void Unknown_markers_are_reported_with_their_offset()
    {
        var act = () => new PackStreamReader(new byte[] { 0x91, 0xE0 }).Read();
        act.Should().Throw<InvalidDataException>().WithMessage("PackStream: unknown marker 0xE0 at offset 1");
    }
}
