using CsCheck;
using Graph.Bolt.Tests.Support;

namespace Graph.Bolt.Tests.PackStream;

/// <summary>Property tests: whatever the writer packs, the reader gives back, bit for bit.</summary>
public sealed class PackStreamRoundTripTests
{
    /// <summary>Any Unicode scalar value: lone surrogates are not text and the writer refuses them.</summary>
    private static readonly Gen<string> Text =
        Gen.Frequency(
            (3, Gen.Int[0x20, 0x7E]),
            (1, Gen.Int[0, 0x10FFFF].Where(cp => cp is < 0xD800 or > 0xDFFF)))
        .Select(char.ConvertFromUtf32).Array[0, 40].Select(parts => string.Concat(parts));

    private static readonly Gen<object?> Scalar = Gen.OneOf<object?>(
        Gen.Const(() => (object?)null),
        Gen.Bool.Select(b => (object?)b),
        Gen.Long.Select(l => (object?)l),
        Gen.Long[-300, 70_000].Select(l => (object?)l),
        Gen.Double.Select(d => (object?)d),
        Text.Select(s => (object?)s),
        Gen.Byte.Array[0, 300].Select(b => (object?)b));

    private static readonly Gen<object?> Value = Gen.Recursive<object?>((depth, self) =>
        depth >= 3
            ? Scalar
            : Gen.Frequency(
                (4, Scalar),
                (1, self.Array[0, 20].Select(items => (object?)items.ToList())),
                (1, Gen.Select(Text, self).Array[0, 20].Select(pairs => (object?)ToMap(pairs)))));

    [Fact]
    public void Integers_round_trip_in_the_smallest_form()
    {
        Gen.Long.Sample(value =>
        {
            var bytes = Hex.PackBytes(value);
            ((long)Hex.Unpack(bytes)!).Should().Be(value);
            bytes.Length.Should().Be(value switch
            {
                >= -16 and <= 127 => 1,
                >= sbyte.MinValue and <= sbyte.MaxValue => 2,
                >= short.MinValue and <= short.MaxValue => 3,
                >= int.MinValue and <= int.MaxValue => 5,
                _ => 9,
            });
        });
    }

    [Fact]
    public void Floats_round_trip_bit_for_bit()
    {
        Gen.Double.Sample(value => DeepEqual.Same(Hex.Unpack(Hex.PackBytes(value)), value).Should().BeTrue());
    }

    [Fact]
    public void Strings_round_trip()
    {
        Text.Sample(value => ((string)Hex.Unpack(Hex.PackBytes(value))!).Should().Be(value));
    }

    [Fact]
    public void Nested_lists_and_maps_round_trip()
    {
        Value.Sample(value => DeepEqual.Same(Hex.Unpack(Hex.PackBytes(value)), value).Should().BeTrue(), iter: 2000);
    }

    [Fact]
    public void Lone_surrogates_are_refused_as_an_argument_error()
    {
        var act = () => Hex.PackBytes("a\uD800b");
        act.Should().Throw<ArgumentException>().WithMessage("*lone surrogate*");
    }

    [Fact]
    public void Unsupported_types_and_cycles_are_argument_errors()
    {
        FluentActions.Invoking(() => Hex.PackBytes(new object())).Should().Throw<ArgumentException>().WithMessage("*System.Object*");
        FluentActions.Invoking(() => Hex.PackBytes(1.5m)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => Hex.PackBytes(ulong.MaxValue)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => Hex.PackBytes(new Dictionary<int, int> { [1] = 1 })).Should().Throw<ArgumentException>().WithMessage("*keys are strings*");

        var cycle = new List<object?>();
        cycle.Add(cycle);
        FluentActions.Invoking(() => Hex.PackBytes(cycle)).Should().Throw<ArgumentException>().WithMessage("*cycle*");
    }

    [Fact]
    public void Common_collection_types_are_written_as_lists_and_maps()
    {
        Hex.Pack(new[] { 1, 2, 3 }).Should().Be("93 01 02 03");
        Hex.Pack(new[] { "a" }).Should().Be("91 81 61");
        Hex.Pack(new Dictionary<string, string> { ["a"] = "b" }).Should().Be("A1 81 61 81 62");
        Hex.Pack(Enumerable.Range(1, 2).Select(i => (long)i)).Should().Be("92 01 02");
    }

    [Theory]
    [InlineData("C9 04", "truncated")]
    [InlineData("D0 05 61", "truncated")]
    [InlineData("93 01", "truncated")]
    [InlineData("C7", "unknown PackStream marker 0xC7")]
    [InlineData("DF", "unknown PackStream marker 0xDF")]
    [InlineData("A1 01 01", "key is not a string")]
    [InlineData("82 C3 28", "not valid UTF-8")]
    [InlineData("D6 7F FF FF FF", "truncated")]
    public void Malformed_input_is_a_protocol_error(string hex, string message)
    {
        var act = () => Hex.Unpack(Hex.Bytes(hex));
        act.Should().Throw<BoltProtocolException>().WithMessage($"*{message}*");
    }

    [Fact]
    public void Hostile_nesting_is_refused_before_the_stack_runs_out()
    {
        var bytes = Enumerable.Repeat((byte)0x91, 100_000).Append((byte)0x01).ToArray();
        var act = () => Hex.Unpack(bytes);
        act.Should().Throw<BoltProtocolException>().WithMessage("*nest deeper*");
    }

    private static Dictionary<string, object?> ToMap((string Key, object? Value)[] pairs)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in pairs) map[key] = value;
        return map;
    }
}
