using System.Globalization;
using System.Numerics;
using System.Text;

namespace Graph.Evaluation;

/// <summary>
/// The few Python behaviours score.py's output depends on, reproduced exactly: <c>round</c>, float formatting,
/// <c>repr</c> of strings and lists, string order and slicing by code point.
/// </summary>
internal static class PythonText
{
    /// <summary>
    /// Python's <c>round(value, digits)</c>: the exact binary value rounded half to even (Python rounds the value
    /// the double really holds, so <c>round(0.0625, 3)</c> is 0.062, where <see cref="Math.Round(double, int)"/>
    /// scales first and can land either side), then the nearest double to that decimal.
    /// </summary>
    public static double Round(double value, int digits)
    {
        if (!double.IsFinite(value) || value == 0) return value;
        var negative = value < 0;
        var bits = BitConverter.DoubleToInt64Bits(Math.Abs(value));
        var exponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0) exponent = 1; else mantissa |= 1L << 52;
        exponent -= 1075;   // value = mantissa * 2^exponent
        var scale = BigInteger.Pow(10, digits);
        BigInteger rounded;
        if (exponent >= 0)
        {
            rounded = mantissa * BigInteger.Pow(2, exponent) * scale;
        }
        else
        {
            var numerator = mantissa * scale;
            var denominator = BigInteger.One << -exponent;
            rounded = BigInteger.DivRem(numerator, denominator, out var remainder);
            var twice = remainder * 2;
            if (twice > denominator || (twice == denominator && !rounded.IsEven)) rounded += 1;
        }
        // An exact integer over an exact power of ten: IEEE division gives the double nearest the decimal.
        var result = (double)rounded / (double)scale;
        return negative ? -result : result;
    }

    /// <summary>Python's <c>format(value, "{width}.{decimals}f")</c>.</summary>
    public static string Fixed(double value, int width, int decimals) =>
        Round(value, decimals).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture).PadLeft(width);

    /// <summary>Python's <c>repr(float)</c> for values that need no exponent: the shortest round trip, with <c>.0</c> on whole numbers.</summary>
    public static string Float(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) ? text : text + ".0";
    }

    /// <summary>Python's <c>repr(list_of_str)</c>: <c>['a', 'b']</c>.</summary>
    public static string Repr(IEnumerable<string> items) => "[" + string.Join(", ", items.Select(Repr)) + "]";

    /// <summary>Python's <c>repr(str)</c>: single quotes unless only double quotes avoid escaping, and escapes for what is not printable.</summary>
    public static string Repr(string value)
    {
        var quote = value.Contains('\'', StringComparison.Ordinal) && !value.Contains('"', StringComparison.Ordinal) ? '"' : '\'';
        var sb = new StringBuilder(value.Length + 2).Append(quote);
        foreach (var rune in value.EnumerateRunes())
        {
            var c = rune.Value;
            if (c == quote || c == '\\') sb.Append('\\').Append((char)c);
            else if (c == '\t') sb.Append(@"\t");
            else if (c == '\n') sb.Append(@"\n");
            else if (c == '\r') sb.Append(@"\r");
            else if (c < 0x20 || c == 0x7F) sb.Append(CultureInfo.InvariantCulture, $"\\x{c:x2}");
            else if (c < 0x7F || IsPrintable(rune)) sb.Append(rune.ToString());
            else if (c <= 0xFF) sb.Append(CultureInfo.InvariantCulture, $"\\x{c:x2}");
            else if (c <= 0xFFFF) sb.Append(CultureInfo.InvariantCulture, $"\\u{c:x4}");
            else sb.Append(CultureInfo.InvariantCulture, $"\\U{c:x8}");
        }
        return sb.Append(quote).ToString();
    }

    /// <summary>Python's <c>str.isprintable</c> for one character: not a control, format, surrogate, private-use, unassigned or separator character other than the space.</summary>
    private static bool IsPrintable(Rune rune) => rune.Value == ' ' || Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
            or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.SpaceSeparator => false,
        _ => true,
    };

    /// <summary>Python's string order: by code point (ordinal UTF-16 order differs once surrogates meet U+E000..U+FFFF).</summary>
    public static int CompareCodePoints(string? a, string? b)
    {
        if (ReferenceEquals(a, b)) return 0;
        if (a is null) return -1;
        if (b is null) return 1;
        var left = a.EnumerateRunes();
        var right = b.EnumerateRunes();
        while (true)
        {
            var hasLeft = left.MoveNext();
            var hasRight = right.MoveNext();
            if (!hasLeft || !hasRight) return hasLeft.CompareTo(hasRight);
            var c = left.Current.Value.CompareTo(right.Current.Value);
            if (c != 0) return c;
        }
    }

    /// <summary>Python's <c>s[:count]</c>: the first <paramref name="count"/> code points.</summary>
    public static string Prefix(string value, int count)
    {
        var length = 0;
        foreach (var rune in value.EnumerateRunes())
        {
            if (count-- == 0) break;
            length += rune.Utf16SequenceLength;
        }
        return value[..length];
    }
}
