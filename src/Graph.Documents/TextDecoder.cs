using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace Graph.Documents;

/// <summary>
/// Turns bytes into text: UTF-8 with or without a byte order mark, UTF-16 with one. Invalid bytes
/// become U+FFFD and are reported with their byte offset; binary data is refused rather than guessed at.
/// </summary>
public static class TextDecoder
{
    /// <summary>How many NUL bytes in the first block make a file binary (text has none; UTF-16 has a BOM).</summary>
    private const int SniffLength = 8192;

    /// <summary>The result of decoding.</summary>
    /// <param name="Text">The decoded text; null when the bytes are not text.</param>
    /// <param name="Encoding">The encoding used, for messages.</param>
    /// <param name="Problem">Why the bytes are not text, when <paramref name="Text"/> is null.</param>
    /// <param name="Warnings">Problems that were repaired (invalid bytes replaced).</param>
    public sealed record Result(string? Text, string Encoding, string? Problem, IReadOnlyList<string> Warnings);

    /// <summary>Decodes a whole input. <paramref name="baseOffset"/> is added to byte offsets in warnings.</summary>
    public static Result Decode(ReadOnlySpan<byte> bytes, long baseOffset = 0)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return DecodeUtf8(bytes[3..], baseOffset + 3, "UTF-8 with BOM");
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return DecodeUtf16(bytes[2..], bigEndian: false);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return DecodeUtf16(bytes[2..], bigEndian: true);
        }
        var sniff = bytes[..Math.Min(bytes.Length, SniffLength)];
        if (sniff.Contains((byte)0))
        {
            return new Result(null, "binary", "binary file (NUL bytes and no UTF-16 byte order mark); not read", []);
        }
        var result = DecodeUtf8(bytes, baseOffset, "UTF-8");
        // NUL bytes after the first block: a text with a damaged stretch, not a binary file. They become U+FFFD (no
        // output format can carry a NUL everywhere) and the user is told where the first one is.
        var nul = bytes.IndexOf((byte)0);
        if (nul < 0 || result.Text is null) return result;
        var count = bytes.Count((byte)0);
        var warning = string.Create(CultureInfo.InvariantCulture,
            $"NUL byte at byte {baseOffset + nul}{(count > 1 ? $" and {count - 1} more" : "")}; replaced with U+FFFD");
        return result with { Text = result.Text.Replace('\0', '\uFFFD'), Warnings = [.. result.Warnings, warning] };
    }

    private static Result DecodeUtf8(ReadOnlySpan<byte> bytes, long baseOffset, string name)
    {
        if (Utf8.IsValid(bytes))
        {
            return new Result(Encoding.UTF8.GetString(bytes), name, null, []);
        }
        // Slow path only for broken input: decode rune by rune to know where each bad byte is.
        var sb = new StringBuilder(bytes.Length);
        var warnings = new List<string>();
        long firstBad = -1;
        var badCount = 0;
        var position = 0;
        while (position < bytes.Length)
        {
            var status = Rune.DecodeFromUtf8(bytes[position..], out var rune, out var consumed);
            if (status == System.Buffers.OperationStatus.Done)
            {
                sb.Append(rune.ToString());
            }
            else
            {
                sb.Append('\uFFFD');
                if (firstBad < 0) firstBad = baseOffset + position;
                badCount++;
            }
            position += Math.Max(consumed, 1);
        }
        var text = sb.ToString();
        if (LooksBinary(text))
        {
            return new Result(null, "binary", "binary file (mostly invalid UTF-8 and control bytes); not read", []);
        }
        warnings.Add(string.Create(CultureInfo.InvariantCulture,
            $"invalid UTF-8 at byte {firstBad}{(badCount > 1 ? $" and {badCount - 1} more place(s)" : "")}; replaced with U+FFFD"));
        return new Result(text, name, null, warnings);
    }

    private static Result DecodeUtf16(ReadOnlySpan<byte> bytes, bool bigEndian)
    {
        var name = bigEndian ? "UTF-16 BE" : "UTF-16 LE";
        var warnings = new List<string>();
        if (bytes.Length % 2 != 0)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture, $"{name} text has an odd number of bytes; the last byte (at {bytes.Length + 1}) was dropped"));
            bytes = bytes[..^1];
        }
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: false, throwOnInvalidBytes: false);
        var text = encoding.GetString(bytes);
        var bad = text.AsSpan().IndexOf('\uFFFD');
        if (bad >= 0 && !IsValidUtf16(bytes, bigEndian))
        {
            warnings.Add($"invalid {name} (unpaired surrogate); replaced with U+FFFD");
        }
        return new Result(text, name, null, warnings);
    }

    private static bool IsValidUtf16(ReadOnlySpan<byte> bytes, bool bigEndian)
    {
        var strict = new UnicodeEncoding(bigEndian, byteOrderMark: false, throwOnInvalidBytes: true);
        try
        {
            strict.GetCharCount(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    /// <summary>More than a tenth replacement or control characters is not prose in a broken encoding, it is data.</summary>
    private static bool LooksBinary(string text)
    {
        var suspicious = 0;
        foreach (var c in text)
        {
            if (c == '\uFFFD' || (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'))) suspicious++;
        }
        // Short texts need more evidence: one bad byte in "Zoë" is a broken encoding, not binary data.
        return text.Length >= 16 ? suspicious > text.Length / 10 : suspicious > text.Length / 2;
    }
}
