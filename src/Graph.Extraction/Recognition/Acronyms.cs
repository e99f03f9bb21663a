using Graph.Extraction.Text;

namespace Graph.Extraction.Recognition;

/// <summary>
/// Acronyms: which tokens are one ("NSC", "U.N."), and whether one abbreviates a name, so that "(GSP)" after
/// "Generalised System of Preferences" becomes its alias and "ABM treaty" the Anti-Ballistic Missile Treaty.
/// </summary>
internal static class Acronyms
{
    /// <summary>Whether a token is an acronym: two to eight capitals, digits, dots or ampersands ("NSC", "U.N.", "G-7" is read as tokens).</summary>
    public static bool IsAcronym(Token t) =>
        t.IsWord && t.Value.Length >= 2 && t.Value.Length <= 8 && char.IsUpper(t.Value[0])
        && t.Value.All(c => char.IsUpper(c) || char.IsDigit(c) || c is '.' or '&')
        && t.Value.Count(char.IsUpper) >= 2;

    /// <summary>
    /// Whether an acronym's capitals can be read, in order, from the initials of a name's words (and the capitals
    /// inside them): "CITIC" from "China International Trust and Investment Corp".
    /// </summary>
    public static bool Abbreviates(string acronym, string name)
    {
        var letters = acronym.Where(char.IsLetter).Select(char.ToUpperInvariant).ToArray();
        var initials = new List<char>();
        foreach (var word in name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            // Every letter of an abbreviation inside the name ("U.S."), else the initial and inner capitals ("McDonald").
            var abbreviation = word.All(c => char.IsUpper(c) || c == '.');
            for (var k = 0; k < word.Length; k++)
            {
                if (char.IsLetter(word[k]) && (k == 0 || abbreviation || char.IsUpper(word[k]))) initials.Add(char.ToUpperInvariant(word[k]));
            }
        }
        if (letters.Length < 2 || initials.Count == 0 || initials[0] != letters[0]) return false;
        var n = 0;
        foreach (var c in initials)
        {
            if (n < letters.Length && c == letters[n]) n++;
        }
        return n == letters.Length;
    }
}
