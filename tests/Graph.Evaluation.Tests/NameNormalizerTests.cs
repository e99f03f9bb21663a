using Graph.Evaluation.Normalization;

namespace Graph.Evaluation.Tests;

/// <summary>score.py's norm and text_norm; every expected value was printed by score.py's own functions.</summary>
public class NameNormalizerTests
{
    [Theory]
    [InlineData("The United Nations", "united nations")]          // ^the\s+
    [InlineData("the", "the")]                                    // no space after it: kept
    [InlineData("THE  Hague", "hague")]                           // case folded before the "the" rule
    [InlineData("the-Hague", "the-hague")]
    [InlineData("Theodore Roosevelt", "theodore roosevelt")]
    [InlineData("  the   Gulf  ", "gulf")]                        // stripped first, then "the", then spaces
    [InlineData("U.S.", "us")]                                    // [.,'"`‘’“”] removed
    [InlineData("Shah Mahmood Qureshi,", "shah mahmood qureshi")]
    [InlineData("\u201cHaiphong line\u201d", "haiphong line")]
    [InlineData("O'Brien", "obrien")]
    [InlineData("`Ro-Ro`  Link", "ro-ro link")]
    [InlineData("Israeli \u2013 Palestinian conflict", "israeli-palestinian conflict")]   // [\u2010-\u2015] and \s*-\s*
    [InlineData("Israeli\u2212Palestinian", "israeli-palestinian")]                       // minus sign
    [InlineData("Lars - Erik", "lars-erik")]
    [InlineData("Sergey  Lavrov\n", "sergey lavrov")]
    public void Name_follows_the_rules_of_norm(string input, string expected) =>
        NameNormalizer.Name(input).Should().Be(expected);

    [Theory]
    [InlineData("Stra\u00dfe", "strasse")]                        // casefold: ß is ss
    [InlineData("\u0130stanbul", "i\u0307stanbul")]               // casefold: İ is i + combining dot
    [InlineData("\u03a3\u03af\u03c3\u03c5\u03c6\u03bf\u03c2", "\u03c3\u03af\u03c3\u03c5\u03c6\u03bf\u03c3")]   // final sigma folds to σ
    [InlineData("\u13a0\uab70", "\u13a0\u13a0")]                  // Cherokee folds to upper case
    [InlineData("Gul\u015fen Ayd\u0131n", "gul\u015fen ayd\u0131n")]   // dotless ı has no case partner to fold to
    [InlineData("\uff21\uff33\uff25\uff21\uff2e", "asean")]       // NFKC: full-width letters
    [InlineData("\ufb01nance", "finance")]                        // NFKC: the fi ligature
    [InlineData("Da\u011f\u00a0Yolu", "da\u011f yolu")]           // NFKC: no-break space
    [InlineData("a\u001cb", "a b")]                               // Python's \s has U+001C..U+001F; .NET's has not
    [InlineData("the\u3000Kremlin", "kremlin")]                   // ideographic space
    public void Name_folds_case_and_compatibility_forms_as_Python_does(string input, string expected) =>
        NameNormalizer.Name(input).Should().Be(expected);

    [Theory]
    [InlineData("He said: \u201cWe are ready,\u201d adding 'more'.", "he said: we are ready, adding more.")]
    [InlineData("Line one\nline   two", "line one line two")]
    [InlineData("Russia \u2014 Pakistan", "russia - pakistan")]   // dashes become hyphens, spaces stay
    [InlineData("U.S. forces, the Gulf.", "u.s. forces, the gulf.")]   // periods, commas and "the" stay
    [InlineData("  `quoted`  ", "quoted")]
    public void Text_follows_the_rules_of_text_norm(string input, string expected) =>
        NameNormalizer.Text(input).Should().Be(expected);
}
