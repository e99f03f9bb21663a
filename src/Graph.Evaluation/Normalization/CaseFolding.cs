using System.Collections.Frozen;
using System.Text;

namespace Graph.Evaluation.Normalization;

/// <summary>
/// Python's <c>str.casefold()</c> for text that is already NFKC, which is how score.py uses it. .NET has no
/// case folding: <see cref="Rune.ToLowerInvariant"/> is the simple lower-case mapping, and full case folding
/// differs from it in the characters listed here (found by comparing Python 3.11's <c>casefold</c> with
/// <c>Rune.ToLowerInvariant</c> over every code point that NFKC leaves unchanged; characters NFKC changes never
/// reach the fold). What still differs: characters that Python's Unicode database (14.0) and the ICU under
/// .NET encode or normalise differently, i.e. characters added in recent Unicode versions.
/// </summary>
internal static class CaseFolding
{
    // Full foldings (ß -> ss, Greek with iota subscript -> two letters...) and the simple foldings that are not
    // the lower-case mapping (final sigma, ypogegrammeni, the Cyrillic letter variants of U+1C80..U+1C88).
    private static readonly FrozenDictionary<int, string> Special = new Dictionary<int, string>
    {
        [0x00DF] = "ss", [0x0130] = "i\u0307", [0x01F0] = "j\u030C", [0x0345] = "\u03B9",
        [0x0390] = "\u03B9\u0308\u0301", [0x03B0] = "\u03C5\u0308\u0301", [0x03C2] = "\u03C3", [0x1C80] = "\u0432",
        [0x1C81] = "\u0434", [0x1C82] = "\u043E", [0x1C83] = "\u0441", [0x1C84] = "\u0442",
        [0x1C85] = "\u0442", [0x1C86] = "\u044A", [0x1C87] = "\u0463", [0x1C88] = "\uA64B",
        [0x1E96] = "h\u0331", [0x1E97] = "t\u0308", [0x1E98] = "w\u030A", [0x1E99] = "y\u030A",
        [0x1E9E] = "ss", [0x1F50] = "\u03C5\u0313", [0x1F52] = "\u03C5\u0313\u0300", [0x1F54] = "\u03C5\u0313\u0301",
        [0x1F56] = "\u03C5\u0313\u0342", [0x1F80] = "\u1F00\u03B9", [0x1F81] = "\u1F01\u03B9", [0x1F82] = "\u1F02\u03B9",
        [0x1F83] = "\u1F03\u03B9", [0x1F84] = "\u1F04\u03B9", [0x1F85] = "\u1F05\u03B9", [0x1F86] = "\u1F06\u03B9",
        [0x1F87] = "\u1F07\u03B9", [0x1F88] = "\u1F00\u03B9", [0x1F89] = "\u1F01\u03B9", [0x1F8A] = "\u1F02\u03B9",
        [0x1F8B] = "\u1F03\u03B9", [0x1F8C] = "\u1F04\u03B9", [0x1F8D] = "\u1F05\u03B9", [0x1F8E] = "\u1F06\u03B9",
        [0x1F8F] = "\u1F07\u03B9", [0x1F90] = "\u1F20\u03B9", [0x1F91] = "\u1F21\u03B9", [0x1F92] = "\u1F22\u03B9",
        [0x1F93] = "\u1F23\u03B9", [0x1F94] = "\u1F24\u03B9", [0x1F95] = "\u1F25\u03B9", [0x1F96] = "\u1F26\u03B9",
        [0x1F97] = "\u1F27\u03B9", [0x1F98] = "\u1F20\u03B9", [0x1F99] = "\u1F21\u03B9", [0x1F9A] = "\u1F22\u03B9",
        [0x1F9B] = "\u1F23\u03B9", [0x1F9C] = "\u1F24\u03B9", [0x1F9D] = "\u1F25\u03B9", [0x1F9E] = "\u1F26\u03B9",
        [0x1F9F] = "\u1F27\u03B9", [0x1FA0] = "\u1F60\u03B9", [0x1FA1] = "\u1F61\u03B9", [0x1FA2] = "\u1F62\u03B9",
        [0x1FA3] = "\u1F63\u03B9", [0x1FA4] = "\u1F64\u03B9", [0x1FA5] = "\u1F65\u03B9", [0x1FA6] = "\u1F66\u03B9",
        [0x1FA7] = "\u1F67\u03B9", [0x1FA8] = "\u1F60\u03B9", [0x1FA9] = "\u1F61\u03B9", [0x1FAA] = "\u1F62\u03B9",
        [0x1FAB] = "\u1F63\u03B9", [0x1FAC] = "\u1F64\u03B9", [0x1FAD] = "\u1F65\u03B9", [0x1FAE] = "\u1F66\u03B9",
        [0x1FAF] = "\u1F67\u03B9", [0x1FB2] = "\u1F70\u03B9", [0x1FB3] = "\u03B1\u03B9", [0x1FB4] = "\u03AC\u03B9",
        [0x1FB6] = "\u03B1\u0342", [0x1FB7] = "\u03B1\u0342\u03B9", [0x1FBC] = "\u03B1\u03B9", [0x1FC2] = "\u1F74\u03B9",
        [0x1FC3] = "\u03B7\u03B9", [0x1FC4] = "\u03AE\u03B9", [0x1FC6] = "\u03B7\u0342", [0x1FC7] = "\u03B7\u0342\u03B9",
        [0x1FCC] = "\u03B7\u03B9", [0x1FD2] = "\u03B9\u0308\u0300", [0x1FD6] = "\u03B9\u0342", [0x1FD7] = "\u03B9\u0308\u0342",
        [0x1FE2] = "\u03C5\u0308\u0300", [0x1FE4] = "\u03C1\u0313", [0x1FE6] = "\u03C5\u0342", [0x1FE7] = "\u03C5\u0308\u0342",
        [0x1FF2] = "\u1F7C\u03B9", [0x1FF3] = "\u03C9\u03B9", [0x1FF4] = "\u03CE\u03B9", [0x1FF6] = "\u03C9\u0342",
        [0x1FF7] = "\u03C9\u0342\u03B9", [0x1FFC] = "\u03C9\u03B9",
    }.ToFrozenDictionary();

    /// <summary>Folds the case of <paramref name="text"/> as Python's <c>casefold</c> does.</summary>
    public static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        Span<char> units = stackalloc char[2];
        foreach (var rune in text.EnumerateRunes())
        {
            if (Special.TryGetValue(rune.Value, out var folded))
            {
                sb.Append(folded);
                continue;
            }
            var lower = FoldCherokee(rune) ?? Rune.ToLowerInvariant(rune);
            sb.Append(units[..lower.EncodeToUtf16(units)]);
        }
        return sb.ToString();
    }

    /// <summary>
    /// Cherokee is the one script whose case folding goes to upper case (its lower-case letters came later, in
    /// Unicode 8, and folding had to stay stable): U+13A0..U+13F5 stay, U+13F8..U+13FD and U+AB70..U+ABBF fold up.
    /// </summary>
    private static Rune? FoldCherokee(Rune rune) => rune.Value switch
    {
        >= 0x13A0 and <= 0x13F5 => rune,
        >= 0x13F8 and <= 0x13FD => new Rune(rune.Value - 8),
        >= 0xAB70 and <= 0xABBF => new Rune(rune.Value - 0xAB70 + 0x13A0),
        _ => null,
    };
}
