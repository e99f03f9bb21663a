using System.Globalization;
using System.Text;

namespace Graph.Rdf;

/// <summary>Canonical lexical forms of XSD values.</summary>
public static class RdfLexical
{
    /// <summary>
    /// The canonical <c>xsd:double</c> form (XSD 1.1 Part 2, §3.3.5.2): one non-zero digit before the point, at least
    /// one after, <c>E</c> and the exponent: 0.7 is <c>7.0E-1</c>, 1 is <c>1.0E0</c>, 0 is <c>0.0E0</c>. The digits are
    /// the shortest that round-trip. NaN and infinities are rejected: the graph model never holds them.
    /// </summary>
    public static string CanonicalDouble(double value)
    {
        if (!double.IsFinite(value)) throw new ArgumentOutOfRangeException(nameof(value), value, "no finite lexical form");
        if (value == 0) return double.IsNegative(value) ? "-0.0E0" : "0.0E0";
        var text = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        var exponent = 0;
        var e = text.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exponent = int.Parse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..e];
        }
        var point = text.IndexOf('.', StringComparison.Ordinal);
        var integerDigits = point >= 0 ? point : text.Length;
        var digits = text.Replace(".", "", StringComparison.Ordinal);
        var leading = digits.TakeWhile(c => c == '0').Count();
        digits = digits[leading..].TrimEnd('0');
        exponent += integerDigits - leading - 1;
        var sb = new StringBuilder(digits.Length + 8);
        if (value < 0) sb.Append('-');
        sb.Append(digits[0]).Append('.').Append(digits.Length > 1 ? digits[1..] : "0");
        sb.Append('E').Append(exponent.ToString(CultureInfo.InvariantCulture));
        return sb.ToString();
    }
}
