using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Graph.Model;

/// <summary>
/// Deterministic ids. The same entity or fact gets the same id in every run, on every machine,
/// whatever the order of the inputs, so Neo4j MERGE and RDF IRIs stay stable across imports.
/// Ids use only <c>[a-z0-9-/]</c> and upper-case ISO codes, so they are safe in IRIs without escaping.
/// </summary>
public static class GraphIds
{
    /// <summary>Id of a document from its text: the same article read from two paths is one document.</summary>
    public static string Document(string sha256Hex) => "doc/" + sha256Hex[..16];

    /// <summary>
    /// Id of a person from the key their name normalises to (see <see cref="PersonKey"/>), so the spellings
    /// of one name that sources use (Sergey/Sergei, Mahmood/Mehmood, Mohamed/Muhammad) give one id.
    /// </summary>
    public static string Person(string name) => "person/" + PersonKey(name);

    /// <summary>
    /// The consonant skeleton of each word of a name of two words or more: folded to ASCII, the first letter kept
    /// (after a leading "y" before a vowel), vowels (and y) after it dropped, repeated letters written once: "Sergey
    /// Lavrov" and "Sergei Lavrov" are both <c>srg-lvrv</c>, "Yelena Fedorova" and "Elena Fedorova" both
    /// <c>eln-fdrv</c>. Transliterations mostly differ in vowels, rarely in consonants. A one-word name keeps its
    /// spelling (<c>reagan</c>, <c>regan</c>).
    /// </summary>
    public static string PersonKey(string name)
    {
        var slug = Slug(name);
        if (slug.StartsWith('h') && slug.Length == 17 && !name.Any(char.IsAsciiLetter)) return slug;
        var words = slug.Split('-', StringSplitOptions.RemoveEmptyEntries);
        // A name of one word is most often a surname, and surnames of different people differ in vowels alone
        // ("Reagan", "Regan"): it keeps its spelling. Only full names, where the given name tells people apart, are
        // reduced to their consonants.
        if (words.Length == 1) return slug;
        var sb = new StringBuilder(slug.Length);
        foreach (var word in words)
        {
            if (sb.Length > 0) sb.Append('-');
            var last = '\0';
            // "Yelena" and "Elena", "Yevgeny" and "Evgeny": a "y" before a vowel at the start is a transliteration of
            // the same sound.
            var from = word.Length > 1 && word[0] == 'y' && word[1] is 'a' or 'e' or 'i' or 'o' or 'u' ? 1 : 0;
            for (var i = from; i < word.Length; i++)
            {
                var c = word[i];
                if (i > from && c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y') continue;
                if (c == last) continue;
                sb.Append(c);
                last = c;
            }
        }
        return sb.ToString();
    }

    /// <summary>Id of a country: its ISO 3166-1 alpha-3 code (or a reserved code for historical states).</summary>
    public static string Country(string iso3) => iso3.ToUpperInvariant();

    /// <summary>Id of an organisation from its gazetteer key or name.</summary>
    public static string Organization(string key) => "org/" + Slug(key);

    /// <summary>Id of a project from its canonical name.</summary>
    public static string Project(string name) => "project/" + Slug(name);

    /// <summary>Id of a conflict from its canonical name.</summary>
    public static string Conflict(string name) => "conflict/" + Slug(name);

    /// <summary>Id of a statement: its document and its character offset there.</summary>
    public static string Statement(string documentId, int start) =>
        "statement/" + documentId["doc/".Length..] + "-" + start.ToString(CultureInfo.InvariantCulture);

    /// <summary>Id of a relationship from its type, ends and a discriminating key (empty when the pair is unique).</summary>
    public static string Relationship(RelationshipType type, string startId, string endId, string key = "")
    {
        // Every relationship of every document gets an id, so this runs millions of times: the UTF-8 bytes go to a
        // pooled buffer and only the 12 bytes of the id are written as hex. Same value as Hash(text)[..24].
        var name = type.Name();
        var length = Encoding.UTF8.GetMaxByteCount(name.Length + startId.Length + endId.Length + key.Length + 3);
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var n = Encoding.UTF8.GetBytes(name, buffer);
            buffer[n++] = 0x1f;
            n += Encoding.UTF8.GetBytes(startId, buffer.AsSpan(n));
            buffer[n++] = 0x1f;
            n += Encoding.UTF8.GetBytes(endId, buffer.AsSpan(n));
            buffer[n++] = 0x1f;
            n += Encoding.UTF8.GetBytes(key, buffer.AsSpan(n));
            Span<byte> digest = stackalloc byte[32];
            SHA256.HashData(buffer.AsSpan(0, n), digest);
            return "rel/" + Convert.ToHexStringLower(digest[..12]);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Lower-case hex SHA-256 of the UTF-8 bytes of <paramref name="text"/>.</summary>
    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static readonly Dictionary<char, string> LatinFolds = new()
    {
        ['ı'] = "i", ['ø'] = "o", ['ł'] = "l", ['đ'] = "d", ['ð'] = "d", ['ß'] = "ss", ['æ'] = "ae", ['œ'] = "oe", ['þ'] = "th", ['ħ'] = "h", ['ə'] = "e",
    };

    /// <summary>
    /// A readable key: letters folded to ASCII without accents, lower case, runs of anything else as one '-'.
    /// Names with no Latin letters (Arabic, Cyrillic) fall back to a hash, so they still get a stable id.
    /// </summary>
    public static string Slug(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var sb = new StringBuilder(decomposed.Length);
        var pendingDash = false;
        var hasLetter = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                if (pendingDash && sb.Length > 0) sb.Append('-');
                pendingDash = false;
                hasLetter |= char.IsAsciiLetter(c);
                sb.Append(c);
            }
            else if (c is >= 'A' and <= 'Z')
            {
                if (pendingDash && sb.Length > 0) sb.Append('-');
                pendingDash = false;
                hasLetter = true;
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (LatinFolds.TryGetValue(char.ToLowerInvariant(c), out var folded))
            {
                // Letters NFKD does not split into base + accent: "Aydın", "Søren", "Łódź".
                if (pendingDash && sb.Length > 0) sb.Append('-');
                pendingDash = false;
                hasLetter = true;
                sb.Append(folded);
            }
            else if (c is '.' or '\'' or '\u2019')
            {
                // "U.S." and "O'Neill" keep their letters together.
            }
            else
            {
                pendingDash = true;
            }
        }
        // Digits alone are no name: "Сила Сибири 2" and "Турецкий поток 2" must not both become "2".
        // Lower-cased like the Latin slugs, so "ВЛАДИМИР" and "Владимир" are one key.
        return hasLetter ? sb.ToString() : "h" + Hash(text.Normalize(NormalizationForm.FormC).ToLowerInvariant())[..16];
    }
}
