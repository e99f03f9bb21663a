using System.Text;
using System.Text.RegularExpressions;

namespace Graph.Evaluation.Normalization;

/// <summary>
/// The two normalisations of score.py, so names and evidence compare exactly as the reference scorer compares
/// them: <see cref="Name"/> is its <c>norm</c>, <see cref="Text"/> its <c>text_norm</c>.
/// </summary>
public static partial class NameNormalizer
{
    // Python's \s and str.strip() (str.isspace): .NET's \s lacks U+001C..U+001F, so the class is spelt out.
    private const string Space = @"[\t\n\v\f\r\x1C-\x1F \x85\xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]";
    private static readonly char[] SpaceChars =
        ['\t', '\n', '\v', '\f', '\r', '\x1C', '\x1D', '\x1E', '\x1F', ' ', '\x85', '\xA0', '\u1680',
         '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007', '\u2008', '\u2009', '\u200A',
         '\u2028', '\u2029', '\u202F', '\u205F', '\u3000'];

    /// <summary>
    /// score.py's <c>norm</c>, for entity names: NFKC, case folded, the dashes U+2010..U+2015 and U+2212 made
    /// hyphens, periods, commas, straight and curly quotes and backticks removed, a leading "the" dropped,
    /// spaces around hyphens removed (<c>Israeli - Palestinian</c> is <c>israeli-palestinian</c>), white space
    /// collapsed to one space and trimmed.
    /// </summary>
    public static string Name(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var s = Dashes().Replace(Fold(value), "-");
        s = NameMarks().Replace(s, "");
        s = LeadingThe().Replace(Strip(s), "");
        s = SpacedHyphen().Replace(s, "-");
        return Strip(Spaces().Replace(s, " "));
    }

    /// <summary>
    /// score.py's <c>text_norm</c>, for statement texts and SAID evidence: NFKC, case folded, dashes made
    /// hyphens, quotes and backticks removed (periods and commas kept), white space collapsed and trimmed.
    /// </summary>
    public static string Text(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var s = Dashes().Replace(Fold(value), "-");
        s = TextMarks().Replace(s, "");
        return Strip(Spaces().Replace(s, " "));
    }

    /// <summary><c>unicodedata.normalize("NFKC", s).casefold()</c>.</summary>
    private static string Fold(string value)
    {
        string nfkc;
        try
        {
            nfkc = value.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            // A lone surrogate: .NET refuses to normalise it, Python passes it through; so do we, unnormalised.
            nfkc = value;
        }
        return CaseFolding.Fold(nfkc);
    }

    private static string Strip(string s) => s.Trim(SpaceChars);

    [GeneratedRegex(@"[\u2010-\u2015\u2212]")]
    private static partial Regex Dashes();

    [GeneratedRegex("[.\u2018\u2019\u201c\u201d\"'`,]")]
    private static partial Regex NameMarks();

    [GeneratedRegex("[\u2018\u2019\u201c\u201d\"'`]")]
    private static partial Regex TextMarks();

    // Python's ^ without MULTILINE is the start of the string only; .NET's ^ without Multiline is the same.
    [GeneratedRegex("^the" + Space + "+")]
    private static partial Regex LeadingThe();

    [GeneratedRegex(Space + "*-" + Space + "*")]
    private static partial Regex SpacedHyphen();

    [GeneratedRegex(Space + "+")]
    private static partial Regex Spaces();
}
