using System.Collections.Frozen;
using Graph.Extraction.Text;

namespace Graph.Extraction.Syntax;

/// <summary>
/// The closed word classes of English that the clause reader relies on. These are grammar, not knowledge of
/// any text: the lists are the function words of English news prose.
/// </summary>
public static class WordClasses
{
    private static readonly FrozenDictionary<string, WordClass> Closed = Build();

    private static FrozenDictionary<string, WordClass> Build()
    {
        var d = new Dictionary<string, WordClass>(StringComparer.OrdinalIgnoreCase);
        void Add(WordClass c, params string[] words)
        {
            foreach (var w in words) d[w] = c;
        }
        Add(WordClass.Determiner, "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your",
            "no", "every", "each", "all", "both", "some", "any", "another", "such", "either", "neither");
        Add(WordClass.Preposition, "in", "on", "at", "for", "with", "by", "from", "into", "onto", "over", "under", "about", "against",
            "between", "among", "amid", "during", "through", "across", "towards", "toward", "without", "within", "despite", "via", "per",
            "upon", "around", "beyond", "including", "like", "near", "behind", "since", "after", "before", "until", "ahead", "amongst",
            "besides", "beside", "except", "unlike", "throughout", "regarding", "concerning");
        Add(WordClass.To, "to");
        Add(WordClass.Of, "of");
        Add(WordClass.Auxiliary, "is", "are", "was", "were", "be", "been", "being", "am", "'s", "has", "have", "had", "having", "do", "does", "did");
        Add(WordClass.Modal, "will", "would", "can", "could", "may", "might", "must", "shall", "should", "cannot", "'ll", "'d", "wo", "ca");
        Add(WordClass.Negation, "not", "n't", "never");
        Add(WordClass.Coordinator, "and", "or", "nor", "&");
        Add(WordClass.Contrast, "but", "yet");
        Add(WordClass.Subordinator, "that", "because", "although", "though", "while", "whereas", "if", "unless", "when", "whether", "as", "once", "so");
        Add(WordClass.Relative, "who", "which", "whom", "whose");
        Add(WordClass.Pronoun, "he", "she", "it", "we", "they", "i", "you");
        Add(WordClass.Adverb, "also", "still", "already", "again", "further", "now", "then", "once", "always", "jointly", "together", "even",
            "just", "only", "repeatedly", "firmly", "strongly", "fully", "formally", "officially", "publicly", "openly", "unanimously",
            "tentatively", "previously", "recently", "reportedly", "broadly", "generally", "largely", "quickly", "immediately", "finally",
            "effectively", "reluctantly", "eventually", "initially", "originally", "explicitly", "unequivocally", "wholeheartedly",
            "consistently", "actively", "warmly", "totally", "entirely", "very", "deeply", "far", "long", "too", "so", "likewise", "similarly",
            "meanwhile", "however", "moreover", "subsequently", "later", "earlier", "first", "swiftly", "readily", "in", "principle");
        Add(WordClass.Time, "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight",
            "tomorrow", "week", "weekend", "month", "year", "morning", "afternoon", "evening", "night", "january", "february", "march",
            "april", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec", "day", "days", "weeks", "months", "years");
        Add(WordClass.Possessive, "'s", "\u2019s");
        Add(WordClass.Comma, ",");
        Add(WordClass.Quote, "\"", "\u201C", "\u201D", "\u00AB", "\u00BB", "''", "``");
        Add(WordClass.Boundary, ";", ":", "(", ")", "[", "]", "?", "!", "\u2014", "\u2013");
        Add(WordClass.Punctuation, "-", ".", "/", "'", "\u2018", "\u2019");
        return d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The class of a token. "'s" after a word is the possessive unless a lexicon verb follows it; "in"
    /// is a preposition (the adverb reading only counts inside "in principle", which the reader handles).
    /// </summary>
    public static WordClass Of(Token token, FrozenDictionary<string, WordClass> table)
    {
        if (table.TryGetValue(token.Value, out var c))
        {
            // "in" and "principle" are listed as adverbs only for "in principle"; "once" as adverb and subordinator.
            if (c == WordClass.Adverb && token.Value.Equals("in", StringComparison.OrdinalIgnoreCase)) return WordClass.Preposition;
            return c;
        }
        if (token.Value.Length > 3 && token.Value.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(token.Value[0])
            && !NotAdverbs.Contains(token.Value)) return WordClass.Adverb;
        return WordClass.Word;
    }

    /// <summary>Words in -ly that are not adverbs.</summary>
    private static readonly FrozenSet<string> NotAdverbs = new[] { "italy", "july", "family", "assembly", "supply", "reply", "ally", "rally", "apply", "rely", "fly", "only", "early", "likely", "friendly", "daily", "weekly", "monthly", "yearly", "holy", "costly", "timely", "orderly", "elderly", "deadly", "anomaly", "monopoly" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The closed classes with these verb forms added as <see cref="WordClass.Verb"/> (a function word keeps its class).</summary>
    public static FrozenDictionary<string, WordClass> WithVerbs(IEnumerable<string> verbForms)
    {
        var d = new Dictionary<string, WordClass>(Closed, StringComparer.OrdinalIgnoreCase);
        foreach (var v in verbForms) d.TryAdd(v, WordClass.Verb);
        return d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Whether a word is a function word of any closed class.</summary>
    public static bool IsFunctionWord(string word) => Closed.ContainsKey(word);

    /// <summary>Numbers that count the noun after them: "two sides", "three weeks", "12 days".</summary>
    public static bool IsCount(string word) => CountWords.Contains(word) || word.Length > 0 && word.All(char.IsAsciiDigit);

    private static readonly FrozenSet<string> CountWords = new[] { "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "many" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether a word joins or governs phrases (a determiner, preposition, conjunction or subordinator), so that a
    /// phrase starting or ending with it is no name: "Despite Reagan", "Ministry of".
    /// </summary>
    public static bool IsPhraseWord(string word) =>
        Closed.TryGetValue(word, out var c) && c is WordClass.Determiner or WordClass.Preposition or WordClass.Of or WordClass.To
            or WordClass.Coordinator or WordClass.Contrast or WordClass.Subordinator or WordClass.Relative;
}
