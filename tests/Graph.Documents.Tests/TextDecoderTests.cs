using System.Text;

namespace Graph.Documents.Tests;

/// <summary>Bytes to text: UTF-8 and UTF-16 with a byte order mark, broken bytes reported, binary refused.</summary>
public class TextDecoderTests
{
    private const string Sentence = "Zoë Marchetti met the ferry captain in Ålesund on Friday.";

    private static byte[] Bytes(params byte[][] parts) => parts.SelectMany(p => p).ToArray();

    private static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);

    [Fact]
    public void Utf8_without_bom_is_decoded_as_is()
    {
        var result = TextDecoder.Decode(Utf8(Sentence));

        result.Text.Should().Be(Sentence);
        result.Encoding.Should().Be("UTF-8");
        result.Warnings.Should().BeEmpty();
        result.Problem.Should().BeNull();
    }

    [Fact]
    public void Utf8_bom_is_not_part_of_the_text()
    {
        var result = TextDecoder.Decode(Bytes([0xEF, 0xBB, 0xBF], Utf8(Sentence)));

        result.Text.Should().Be(Sentence);
        result.Encoding.Should().Be("UTF-8 with BOM");
        result.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Utf16_little_endian_with_bom_is_decoded()
    {
        var result = TextDecoder.Decode(Bytes([0xFF, 0xFE], Encoding.Unicode.GetBytes(Sentence)));

        result.Text.Should().Be(Sentence);
        result.Encoding.Should().Be("UTF-16 LE");
        result.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Utf16_big_endian_with_bom_is_decoded()
    {
        var result = TextDecoder.Decode(Bytes([0xFE, 0xFF], Encoding.BigEndianUnicode.GetBytes(Sentence)));

        result.Text.Should().Be(Sentence);
        result.Encoding.Should().Be("UTF-16 BE");
        result.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Utf16_text_outside_the_basic_plane_survives()
    {
        const string text = "Ferry tickets 🚢 sold out in Eastbrook.";

        var result = TextDecoder.Decode(Bytes([0xFF, 0xFE], Encoding.Unicode.GetBytes(text)));

        result.Text.Should().Be(text);
    }

    [Fact]
    public void Invalid_utf8_byte_becomes_replacement_character_and_is_reported_with_its_byte_offset()
    {
        // "Zoë" takes four bytes, so the bad byte is at byte 13 although it is the 13th character (index 12).
        var bytes = Bytes(Utf8("Zoë met Ana "), [0xFF], Utf8(" at the pier in Eastbrook on Friday morning."));

        var result = TextDecoder.Decode(bytes);

        result.Text.Should().Be("Zoë met Ana \uFFFD at the pier in Eastbrook on Friday morning.");
        result.Warnings.Should().ContainSingle().Which.Should().Contain("byte 13").And.Contain("U+FFFD");
    }

    [Fact]
    public void Invalid_utf8_offset_counts_the_bom()
    {
        var bytes = Bytes([0xEF, 0xBB, 0xBF], Utf8("Ana "), [0xC3, 0x28], Utf8(" waited at the Eastbrook pier all afternoon."));

        var result = TextDecoder.Decode(bytes);

        result.Text.Should().StartWith("Ana \uFFFD(");
        result.Warnings.Should().ContainSingle().Which.Should().Contain("byte 7");
    }

    [Fact]
    public void Invalid_utf8_offset_is_shifted_by_the_base_offset()
    {
        var bytes = Bytes(Utf8("Ana "), [0xFE], Utf8(" waited at the Eastbrook pier all afternoon."));

        var result = TextDecoder.Decode(bytes, baseOffset: 1000);

        result.Warnings.Should().ContainSingle().Which.Should().Contain("byte 1004");
    }

    [Fact]
    public void Several_invalid_bytes_give_one_warning_with_the_first_offset_and_a_count()
    {
        // Latin-1 text read as UTF-8: each accented letter is one bad byte.
        var bytes = Bytes(Utf8("Caf"), [0xE9], Utf8(" owner Ren"), [0xE9], Utf8(" Dufour opened a second shop near the Eastbrook harbour."));

        var result = TextDecoder.Decode(bytes);

        result.Text.Should().Be("Caf\uFFFD owner Ren\uFFFD Dufour opened a second shop near the Eastbrook harbour.");
        result.Warnings.Should().ContainSingle().Which.Should().Contain("byte 3").And.Contain("1 more");
    }

    [Fact]
    public void Nul_bytes_without_utf16_bom_are_refused_as_binary()
    {
        var bytes = Bytes(Utf8("PK"), [0x03, 0x04, 0x00, 0x00, 0x08, 0x00], Utf8("ferry.txt"));

        var result = TextDecoder.Decode(bytes);

        result.Text.Should().BeNull();
        result.Problem.Should().Contain("binary");
    }

    [Fact]
    public void Mostly_invalid_bytes_are_refused_as_binary()
    {
        var bytes = Enumerable.Range(0, 400).Select(i => (byte)(0x80 + (i % 0x40))).ToArray();

        var result = TextDecoder.Decode(bytes);

        result.Text.Should().BeNull();
        result.Problem.Should().Contain("binary");
    }

    [Fact]
    public void Utf16_with_an_odd_number_of_bytes_drops_the_last_byte_with_a_warning()
    {
        var bytes = Bytes([0xFF, 0xFE], Encoding.Unicode.GetBytes("Ferry"), [0x41]);

        var result = TextDecoder.Decode(bytes);

        result.Text.Should().Be("Ferry");
        result.Warnings.Should().ContainSingle().Which.Should().Contain("odd number of bytes").And.Contain("at 12");
    }

    [Fact]
    public void Utf16_unpaired_surrogate_is_replaced_with_a_warning()
    {
        var bytes = Bytes([0xFF, 0xFE], Encoding.Unicode.GetBytes("Ana "), [0x00, 0xD8], Encoding.Unicode.GetBytes(" left"));

        var result = TextDecoder.Decode(bytes);

        result.Text.Should().Be("Ana \uFFFD left");
        result.Warnings.Should().ContainSingle().Which.Should().Contain("unpaired surrogate");
    }

    [Fact]
    public void Empty_input_is_empty_text()
    {
        var result = TextDecoder.Decode([]);

        result.Text.Should().BeEmpty();
        result.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Nul_bytes_after_the_first_block_are_replaced_and_named_rather_than_passed_on()
    {
        var text = string.Concat(Enumerable.Repeat(Sentence + "\n", 400));
        var bytes = Bytes(Utf8(text), [0], Utf8(" tail"), [0]);

        var result = TextDecoder.Decode(bytes);

        result.Text.Should().NotContain("\0").And.EndWith("\uFFFD tail\uFFFD");
        result.Warnings.Should().ContainSingle().Which.Should().Be($"NUL byte at byte {Utf8(text).Length} and 1 more; replaced with U+FFFD");
    }
}
