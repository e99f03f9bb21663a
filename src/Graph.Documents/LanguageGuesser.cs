using System.Globalization;

namespace Graph.Documents;

/// <summary>
/// Tells whether a text is English, and if not, which language it looks like, so that an article the rules cannot read
/// is named rather than turned into an empty or wrong graph in silence. Two signals, both cheap: the writing system of
/// its letters (Cyrillic, Arabic, Han, Greek...), and for Latin-script texts the share of each language's commonest
/// function words (articles, prepositions, conjunctions: the words every text of a language is full of, whatever its
/// subject). The word lists are the most frequent closed-class words of each language, as any grammar lists them.
/// </summary>
public static class LanguageGuesser
{
    /// <summary>How much of a text is looked at: the opening of an article says its language.</summary>
    private const int SampleLength = 20_000;

    /// <summary>Fewer words than this say too little to call a text anything but English.</summary>
    private const int MinimumWords = 15;

    private static readonly (string Name, string[] Words)[] FunctionWords =
    [
        ("English", ["the", "of", "and", "to", "in", "is", "that", "for", "on", "with", "was", "said", "by", "as", "at", "from", "it", "his", "he", "be", "has", "have", "are", "will", "an", "not", "which", "this", "were", "would", "its", "their", "after"]),
        ("French", ["le", "la", "les", "de", "des", "du", "et", "est", "un", "une", "que", "qui", "dans", "pour", "sur", "par", "au", "aux", "avec", "ce", "il", "elle", "pas", "sont", "été", "ont", "plus", "cette", "leur", "ses"]),
        ("Spanish", ["el", "la", "los", "las", "de", "del", "y", "en", "que", "un", "una", "por", "con", "para", "es", "se", "su", "al", "lo", "como", "más", "fue", "ha", "sus", "pero", "este", "entre"]),
        ("Portuguese", ["o", "os", "as", "de", "do", "da", "dos", "das", "e", "em", "que", "um", "uma", "para", "com", "não", "no", "na", "por", "se", "foi", "ao", "seu", "sua", "mais", "pelo", "pela"]),
        ("Italian", ["il", "lo", "la", "gli", "le", "di", "del", "della", "che", "e", "è", "un", "una", "per", "con", "non", "sono", "nel", "nella", "ha", "alla", "dei", "anche", "delle", "questo"]),
        ("German", ["der", "die", "das", "und", "ist", "nicht", "ein", "eine", "zu", "den", "von", "mit", "sich", "des", "auf", "für", "im", "dem", "auch", "es", "wird", "sie", "nach", "bei", "wurde", "einer"]),
        ("Dutch", ["de", "het", "een", "en", "van", "is", "dat", "op", "te", "zijn", "met", "voor", "niet", "aan", "er", "ook", "om", "door", "naar", "werd", "bij", "wordt"]),
        ("Swedish", ["och", "att", "det", "som", "en", "är", "på", "för", "med", "inte", "av", "den", "till", "har", "om", "ett", "var", "från"]),
        ("Danish or Norwegian", ["og", "at", "det", "som", "en", "er", "på", "for", "med", "ikke", "af", "av", "den", "til", "har", "om", "et", "var", "fra"]),
        ("Latin", ["et", "est", "ut", "sed", "non", "cum", "ad", "quod", "qui", "quae", "sunt", "ex", "per", "atque", "enim", "nec"]),
        ("Czech", ["je", "se", "na", "že", "to", "do", "jako", "ale", "pro", "by", "jsou", "byl", "jeho", "také", "podle", "který", "které", "nebo"]),
        ("Polish", ["i", "w", "na", "z", "się", "że", "do", "nie", "jest", "to", "przez", "jak", "od", "po", "oraz", "dla", "jego", "które"]),
        ("Turkish", ["ve", "bir", "bu", "da", "de", "ile", "için", "olarak", "çok", "daha", "gibi", "olan", "değil", "ama", "kadar", "sonra", "ise"]),
        ("Indonesian or Malay", ["yang", "dan", "di", "itu", "dengan", "untuk", "tidak", "dari", "dalam", "akan", "pada", "ini", "ke", "juga", "adalah", "oleh"]),
    ];

    private static readonly Dictionary<string, int[]> LanguagesOfWord = BuildIndex();

    /// <summary>
    /// The language <paramref name="text"/> looks like when it is not English (<c>"French"</c>, <c>"Russian"</c>), or
    /// null when it is English or too short to tell.
    /// </summary>
    public static string? NotEnglish(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sample = text.AsSpan(0, Math.Min(text.Length, SampleLength));
        if (ScriptLanguage(sample) is { } byScript) return byScript;

        var hits = new int[FunctionWords.Length];
        var words = 0;
        var start = -1;
        for (var i = 0; i <= sample.Length; i++)
        {
            var letter = i < sample.Length && char.IsLetter(sample[i]);
            if (letter && start < 0) start = i;
            if (letter || start < 0) continue;
            words++;
            var word = sample[start..i].ToString().ToLower(CultureInfo.InvariantCulture);
            if (LanguagesOfWord.TryGetValue(word, out var languages))
            {
                foreach (var l in languages) hits[l]++;
            }
            start = -1;
        }
        if (words < MinimumWords) return null;
        var best = 0;
        for (var l = 1; l < hits.Length; l++) if (hits[l] > hits[best]) best = l;
        // Another language wins only clearly: by half again English's count, and with its words a real share of the text
        // (an English article quoting a French phrase stays English).
        if (best == 0 || hits[best] < hits[0] * 1.5 || hits[best] < words * 0.08) return null;
        return FunctionWords[best].Name;
    }

    /// <summary>The language of a text mostly in a script other than Latin, or null.</summary>
    private static string? ScriptLanguage(ReadOnlySpan<char> sample)
    {
        int letters = 0, latin = 0, cyrillic = 0, arabic = 0, han = 0, kana = 0, hangul = 0, greek = 0, hebrew = 0, devanagari = 0, thai = 0, georgian = 0, armenian = 0;
        bool ukrainian = false, persian = false, urdu = false;
        foreach (var c in sample)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            switch (c)
            {
                case <= '\u024F': latin++; break;
                case >= '\u0370' and <= '\u03FF': greek++; break;
                case >= '\u0400' and <= '\u04FF':
                    cyrillic++;
                    ukrainian |= c is 'ї' or 'є' or 'ґ' or 'Ї' or 'Є' or 'Ґ';
                    break;
                case >= '\u0530' and <= '\u058F': armenian++; break;
                case >= '\u0590' and <= '\u05FF': hebrew++; break;
                case >= '\u0600' and <= '\u06FF':
                    arabic++;
                    persian |= c is 'پ' or 'چ' or 'ژ' or 'گ';
                    urdu |= c is 'ٹ' or 'ڈ' or 'ڑ' or 'ے';
                    break;
                case >= '\u0900' and <= '\u097F': devanagari++; break;
                case >= '\u0E00' and <= '\u0E7F': thai++; break;
                case >= '\u10A0' and <= '\u10FF': georgian++; break;
                case >= '\u3040' and <= '\u30FF': kana++; break;
                case >= '\u4E00' and <= '\u9FFF': han++; break;
                case >= '\uAC00' and <= '\uD7AF': hangul++; break;
            }
        }
        if (letters == 0 || latin * 2 > letters) return null;
        var scripts = new (int Count, string Name)[]
        {
            (cyrillic, ukrainian ? "Ukrainian" : "Russian"), (arabic, urdu ? "Urdu" : persian ? "Persian" : "Arabic"),
            (han + kana, kana > 0 ? "Japanese" : "Chinese"), (hangul, "Korean"), (greek, "Greek"), (hebrew, "Hebrew"),
            (devanagari, "Hindi"), (thai, "Thai"), (georgian, "Georgian"), (armenian, "Armenian"),
        };
        var top = scripts.MaxBy(s => s.Count);
        return top.Count * 2 > letters ? top.Name : "a language not written in Latin letters";
    }

    private static Dictionary<string, int[]> BuildIndex()
    {
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var l = 0; l < FunctionWords.Length; l++)
        {
            foreach (var word in FunctionWords[l].Words)
            {
                if (!index.TryGetValue(word, out var list)) index[word] = list = [];
                if (!list.Contains(l)) list.Add(l);
            }
        }
        return index.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }
}
